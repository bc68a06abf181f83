/** The cookie that carries a session token; plain so the server layer can see who is signed in. */
export const SESSION_COOKIE = "kb_session";
