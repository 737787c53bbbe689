import { HTTP_SUITE_SECRET } from './constants';

// The DAL signs and checks what the server does (scheduler token), so it must share its secret.
process.env.AUTH_SECRET = HTTP_SUITE_SECRET;
