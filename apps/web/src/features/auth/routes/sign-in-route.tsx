// /sign-in — the first screen; after signing in the user goes back to the page they asked for.
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { DocumentTitle } from '../../../components/document-title';
import { currentLanguage } from '../../../lib/i18n';
import { PublicLayout } from '../../../components/public-layout';
import { SignInForm } from '../components/sign-in-form';
import { returnPathAfterSignIn } from './sign-in-path';

export function SignInRoute() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const goBack = () => navigate(returnPathAfterSignIn(searchParams.get('next')), { replace: true });

  return (
    <PublicLayout>
      <DocumentTitle title={t('signIn.title')} />
      <p className="tagline">{t('common.tagline')}</p>
      <section className="card sign-in-card" aria-labelledby="sign-in-heading">
        <h1 id="sign-in-heading">{t('signIn.title')}</h1>
        <p className="muted">{t('signIn.intro')}</p>
        <SignInForm onSignedIn={() => void goBack()} />
      </section>
      {/* The server-rendered public pages: a full page load, not a route of this app. */}
      <p className="tagline">
        <a href={`/public?lang=${currentLanguage()}`}>{t('signIn.publicRecord')}</a>
      </p>
    </PublicLayout>
  );
}
