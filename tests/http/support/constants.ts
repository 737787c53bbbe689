/** The AUTH_SECRET of the HTTP suite's server, so tests can sign what the server signs (scheduler token, sessions). */
export const HTTP_SUITE_SECRET = 'http-suite-only-secret-0123456789abcdef0123456789abcdef';
