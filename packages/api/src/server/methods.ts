/** The methods the API answers: named once for `Allow` and for CORS preflights. */
export const ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS";
