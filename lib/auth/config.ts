import 'server-only';
import NextAuth, { CredentialsSignin, type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import type { UserRole } from '../generated/prisma/enums';
import {
  authenticateWithIdentityProvider,
  authenticateWithPassword,
  currentAccess,
  recordSignOut,
  SignInRefused,
} from '../data/authentication';
import { isDeployment } from '../security/deployment';
import { authSecret } from './secret';

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: UserRole; cityIds: string[]; email?: string | null; name?: string | null };
  }
}

/** A refused password sign-in, with why: the sign-in form turns the code into a sentence. */
class PasswordRefused extends CredentialsSignin {
  constructor(reason: string) {
    super(reason);
    this.code = reason;
  }
}

/** Sessions last a working day; after that, staff sign in again. */
const sessionMaxAgeSeconds = 8 * 60 * 60;

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

export const identityProviderName = (): string | null =>
  identityProvider().length ? process.env.AUTH_OIDC_NAME?.trim() || 'Single sign-on' : null;

function clientAddress(request: Request | undefined): string | null {
  const forwarded = request?.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || request?.headers.get('x-real-ip') || null;
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  // Served from the city's own host name, often behind its own proxy.
  trustHost: true,
  logger: {
    // A refused password is an answer, not a fault: it is in the audit log, not worth a stack trace.
    error(error) {
      if (error.name !== 'CredentialsSignin') console.error(error);
    },
  },
  session: { strategy: 'jwt', maxAge: sessionMaxAgeSeconds },
  /**
   * Cookies are always HttpOnly and SameSite=Lax (next-auth's defaults; Strict would drop them on the
   * return from a city's identity provider). They are Secure, with the __Secure-/__Host- prefixes,
   * whenever the request came over https; a deployment insists on it even when its proxy does not
   * say so in X-Forwarded-Proto. Over plain http (`npm start` on localhost) they are not Secure,
   * since browsers other than Chromium and Firefox refuse a Secure cookie from an http address.
   */
  useSecureCookies: isDeployment() || undefined,
  pages: { signIn: '/zh/sign-in', error: '/zh/sign-in' },
  providers: [
    Credentials({
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, request) {
        try {
          return await authenticateWithPassword(credentials, clientAddress(request));
        } catch (error) {
          if (error instanceof SignInRefused) throw new PasswordRefused(error.reason);
          throw error;
        }
      },
    }),
    ...identityProvider(),
  ],
  callbacks: {
    async signIn({ account, profile }) {
      if (!account || account.type !== 'oidc') return true;
      const user = await authenticateWithIdentityProvider(account.provider, account.providerAccountId, profile ?? {});
      if (!user) return false;
      account.userId = user.id;
      return true;
    },
    /**
     * Runs whenever the session is read. The account is looked up each time, so a disabled account's
     * cookie stops working on its next request and a new role or city applies at once.
     */
    async jwt({ token, user, account }) {
      const userId = account?.userId ?? user?.id ?? token.sub;
      if (!userId) return null;
      const access = await currentAccess(userId);
      if (!access) return null;
      return { ...token, sub: userId, email: access.email, name: access.name, role: access.role, cityIds: access.cityIds };
    },
    session({ session, token }) {
      session.user = {
        ...session.user,
        id: token.sub as string,
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
      const userId = 'token' in message ? message.token?.sub : undefined;
      if (userId) await recordSignOut(userId);
    },
  },
});
