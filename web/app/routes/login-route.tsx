import { useLocation } from "react-router";

import { useNavigate } from "../../ui/navigation";
import { Navigate } from "../../ui/app-router";
import { LoginForm } from "../login/login-form";
import { usePlace } from "../../views/place";

interface LoginState {
  from?: string;
}

/** The login page inside the app (after a logout, or an address that needs a session). */
export function LoginRoute() {
  const { panel } = usePlace();
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as LoginState;
  const to = state.from ?? `/${panel}`;
  return (
    <LoginForm
      onSignedIn={() => navigate(to, { replace: true })}
      signedIn={<Navigate to={to} replace />}
    />
  );
}
