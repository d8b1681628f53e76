export { setupMockPanel } from "./mock-panel";
export { createTestQueryClient, renderWithClient } from "./render";
export { screen, waitFor, within } from "@testing-library/react";
export { default as userEvent } from "@testing-library/user-event";
