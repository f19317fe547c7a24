// Header through which proxy.ts passes the requested path + query to server components (they
// cannot read the URL otherwise), used to send signed-out visitors back after signing in.
// Its own module so proxy.ts does not import the server-only session code.
export const REQUEST_PATH_HEADER = "x-timetabler-path";
