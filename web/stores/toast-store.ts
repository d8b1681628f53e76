import { create } from "zustand";

/** A short notice of what was done to what; `tone` colours it. */
export interface Toast {
  id: number;
  text: string;
  tone: "success" | "info";
}

interface ToastState {
  toasts: Toast[];
  show: (text: string, tone?: Toast["tone"]) => void;
  dismiss: (id: number) => void;
  clear: () => void;
}

let next = 1;
/** How many notices stay on screen at once: older ones make room. */
const kept = 4;

/**
 * Notices of finished actions ("S-R01-03: Power on done"), kept in memory only: they belong to
 * the identity that acted and go with it (app/identity-reset.ts).
 */
export const useToastStore = create<ToastState>()((set) => ({
  toasts: [],
  show: (text, tone = "success") => {
    const toast = { id: next++, text, tone };
    set((state) => ({ toasts: [...state.toasts, toast].slice(-kept) }));
  },
  dismiss: (id) => {
    set((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) }));
  },
  clear: () => {
    set({ toasts: [] });
  },
}));
