type Listener = () => void;
const expiredListeners = new Set<Listener>();

/** Called when the server says the session is gone (expired, revoked, or the account deactivated). */
export function onSessionExpired(listener: Listener): () => void {
  expiredListeners.add(listener);
  return () => expiredListeners.delete(listener);
}

export function notifySessionExpired() {
  for (const l of expiredListeners) l();
}
