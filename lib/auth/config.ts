import 'server-only';
import NextAuth, { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import type { UserRole } from '../generated/prisma/enums';
import {
  authenticateWithIdentityProvider,
  authenticateWithPassword,
  endSession,
  sessionAccess,
  SignInRefused,
  startSession,
} from '../data/authentication';
import { clientAddress, trustedProxies } from '../security/client-address';
import { isDeployment } from '../security/deployment';
import { authSecret } from './secret';
import { sessionLimits } from './session-limits';

declare module 'next-auth' {
  interface Session {
    user: { id: string; sessionId: string; role: UserRole; cityIds: string[]; email?: string | null; name?: string | null };
  }
}

/** A refused password sign-in, with why: the sign-in form turns the code into a sentence. */
class PasswordRefused extends CredentialsSignin {
  constructor(reason: string) {
    super(reason);
    this.code = reason;
  }
}

/**
 * A city's own identity provider (generic OpenID Connect), switched on by setting AUTH_OIDC_ISSUER,
 * AUTH_OIDC_ID and AUTH_OIDC_SECRET; AUTH_OIDC_NAME names its button.
 */
function identityProvider(): NextAuthConfig['providers'] {
  const issuer = process.env.AUTH_OIDC_ISSUER?.trim();
  const clientId = process.env.AUTH_OIDC_ID?.trim();
  const clientSecret = process.env.AUTH_OIDC_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) return [];
  return [
    {
      id: 'oidc',
      name: process.env.AUTH_OIDC_NAME?.trim() || 'Single sign-on',
      type: 'oidc',
      issuer,
      clientId,
      clientSecret,
      checks: ['pkce', 'state', 'nonce'],
    },
  ];
}

/**
 * A deployment names every cookie `__Host-`: the browser then keeps it Secure, for the whole site and
 * for this host name alone, so no other host under the same domain can set or overwrite it. Over plain
 * http (`npm start` on localhost) browsers refuse such names, so next-auth's own names stay.
 */
function hostOnlyCookies(): NextAuthConfig['cookies'] {
  if (!isDeployment()) return undefined;
  const names = {
    sessionToken: 'session-token',
    callbackUrl: 'callback-url',
    csrfToken: 'csrf-token',
    pkceCodeVerifier: 'pkce.code_verifier',
    state: 'state',
    nonce: 'nonce',
  };
  return Object.fromEntries(Object.entries(names).map(([cookie, name]) => [cookie, { name: `__Host-authjs.${name}` }]));
}

export const identityProviderName = (): string | null =>
  identityProvider().length ? process.env.AUTH_OIDC_NAME?.trim() || 'Single sign-on' : null;

const proxies = trustedProxies();

/**
 * Whether next-auth failed on a session cookie it could not read (forged, damaged, or sealed with
 * another AUTH_SECRET), which the JOSE library names by its error code.
 */
function unreadableSession(error: Error): boolean {
  const cause = (error.cause as { err?: { code?: unknown } } | undefined)?.err;
  return ['JWTSessionError', 'SignOutError'].includes(error.name) && typeof cause?.code === 'string' && /^ERR_(JW[EST]|JOSE)_/.test(cause.code);
}

/**
 * next-auth's errors that name something wrong with the request: an unknown address or provider, a
 * provider's address called the wrong way, a missing CSRF token, a callback address it cannot use.
 */
const requestFaults = new Set(['UnknownAction', 'InvalidProvider', 'MissingCSRF', 'InvalidCallbackUrl', 'InvalidCheck']);
const isRequestFault = (error: Error) =>
  requestFaults.has((error as { type?: string }).type ?? '') || /^Provider with id ".*" not found/.test(error.message);

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  // Served from the city's own host name, often behind its own proxy.
  trustHost: true,
  logger: {
    error(error) {
      // A refused password is an answer, not a fault: it is in the audit log, not worth a stack trace.
      if (error instanceof CredentialsSignin) return;
      // Nor is a cookie that cannot be read, which anyone can send: its sender is simply signed out.
      // One line says so, for the operator whose instances do not share a secret.
      if (unreadableSession(error)) return console.warn('A session cookie could not be read (forged, damaged or sealed with another AUTH_SECRET); its sender is signed out.');
      // Nor a request for something that is not there, or without what it needs: one line each.
      if (isRequestFault(error)) return console.warn(`Sign-in request refused: ${error.message.split('. Read more')[0]}`);
      console.error(error);
    },
  },
  /**
   * The cookie holds a signed, encrypted token naming the account and its session. The session itself
   * lives in the database, which decides when it ends; the cookie is kept no longer than it can last.
   */
  session: { strategy: 'jwt', maxAge: sessionLimits().lifetimeHours * 60 * 60 },
  /**
   * Cookies are always HttpOnly and SameSite=Lax (next-auth's defaults; Strict would drop them on the
   * return from a city's identity provider). They are Secure whenever the request came over https; a
   * deployment insists on it even when its proxy does not say so in X-Forwarded-Proto, and names them
   * all __Host-. Over plain http (`npm start` on localhost) they are not Secure, since browsers other
   * than Chromium and Firefox refuse a Secure cookie from an http address.
   */
  useSecureCookies: isDeployment() || undefined,
  cookies: hostOnlyCookies(),
  pages: { signIn: '/zh/sign-in', error: '/zh/sign-in' },
  providers: [
    Credentials({
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, request) {
        try {
          return await authenticateWithPassword(credentials, clientAddress(request.headers.get('x-forwarded-for'), proxies));
        } catch (error) {
          if (error instanceof SignInRefused) throw new PasswordRefused(error.reason);
          throw error;
        }
      },
    }),
    ...identityProvider(),
  ],
  callbacks: {
    /** After signing in or out: the path or address on this site asked for, or the site's home for anything else. */
    redirect({ url, baseUrl }) {
      if (url.startsWith('/') && !url.startsWith('//')) return `${baseUrl}${url}`;
      return URL.canParse(url) && new URL(url).origin === baseUrl ? url : baseUrl;
    },
    async signIn({ account, profile }) {
      if (!account || account.type !== 'oidc') return true;
      const user = await authenticateWithIdentityProvider(account.provider, account.providerAccountId, profile ?? {});
      if (!user) return false;
      account.userId = user.id;
      return true;
    },
    /**
     * Runs whenever the session is read. Signing in opens a session in the database; every later
     * request must name one that is still open, and the account is looked up each time, so a
     * sign-out, an ended session or a disabled account stops a copied cookie on its next request, and
     * a new role or city applies at once.
     */
    async jwt({ token, user, account }) {
      const userId = account?.userId ?? user?.id ?? token.sub;
      if (!userId) return null;
      const sessionId = user ? await startSession(userId) : token.sid;
      if (typeof sessionId !== 'string') return null;
      const access = await sessionAccess(sessionId, userId);
      if (!access) return null;
      return {
        ...token,
        sub: userId,
        sid: sessionId,
        email: access.email,
        name: access.name,
        role: access.role,
        cityIds: access.cityIds,
      };
    },
    session({ session, token }) {
      session.user = {
        ...session.user,
        id: token.sub as string,
        sessionId: token.sid as string,
        role: token.role as UserRole,
        cityIds: token.cityIds as string[],
        email: token.email as string,
        name: (token.name as string | null) ?? null,
      };
      return session;
    },
  },
  events: {
    async signOut(message) {
      const token = 'token' in message ? message.token : null;
      if (token?.sub) await endSession(token.sub, typeof token.sid === 'string' ? token.sid : null);
    },
  },
});
