// The frame of the signed-in app: product name, the user and their role, language, sign-out, navigation.
import { ROLE_LABELS } from '@daikou/domain';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { Brand } from '../../components/brand';
import { LookupsProvider } from '../../components/lookups';
import { LanguageSwitch } from '../../components/language-switch';
import { PageLoading } from '../../components/page-loading';
import { useCurrentUser } from '../../lib/current-user';
import { useSignOut } from '../../features/auth/api/sign-out';
import { UnreadBadge } from '../../features/notifications/components/unread-badge';
import { signInPath, signInRoutePath } from '../../features/auth/routes/sign-in-path';
import { hasStatus } from '../../lib/api-error';
import { useBilingual } from '../../lib/use-bilingual';
import { lookups } from '../lookups';
import { sectionsFor } from '../sections';

export function AppShell() {
  const { t } = useTranslation();
  const inLanguage = useBilingual();
  const location = useLocation();
  const navigate = useNavigate();
  const { data: user, error } = useCurrentUser();
  const signOut = useSignOut();

  // The session can end while the app is open (expiry, sign-out in another tab).
  if (hasStatus(error, 401)) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  if (!user) return <PageLoading />;

  const leave = () => signOut.mutate(undefined, { onSuccess: () => void navigate(signInRoutePath, { replace: true }) });

  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        {t('common.skipToContent')}
      </a>
      <header className="shell-header">
        <Brand />
        <div className="shell-tools">
          <p className="shell-user">
            <span className="shell-user-name">{user.name}</span>
            <span className="shell-user-role">{inLanguage(ROLE_LABELS[user.role])}</span>
          </p>
          <LanguageSwitch />
          <button type="button" className="button button-quiet" onClick={leave} disabled={signOut.isPending}>
            {signOut.isPending ? t('shell.signingOut') : t('shell.signOut')}
          </button>
        </div>
        {signOut.isError && (
          <p role="alert" className="shell-alert">
            {t('shell.signOutFailed')}
          </p>
        )}
      </header>
      <nav className="shell-nav" aria-label={t('shell.mainNavigation')}>
        <ul>
          {sectionsFor(user.role).map((section) => (
            <li key={section.path}>
              <NavLink to={`/${section.path}`}>
                {t(section.labelKey)}
                {section.path === 'notifications' && <UnreadBadge />}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="shell-main" tabIndex={-1}>
        <LookupsProvider value={lookups}>
          <Outlet />
        </LookupsProvider>
      </main>
    </div>
  );
}
