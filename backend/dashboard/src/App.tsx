import { FluentProvider, makeStyles, Spinner, tokens, webLightTheme } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { Me, Settings } from '../../../shared/api/accounts';
import { dashboardApi } from './api';
import { setDisplayTimeZone } from './format';
import { SignInPage } from './pages/SignIn';
import { go, useRoute } from './route';

// The first paint is the sign-in form: everything a signed-in colleague sees, and every other page, loads when needed.
const SignedIn = lazy(() => import('./SignedIn').then((m) => ({ default: m.SignedIn })));
const SetPasswordPage = lazy(() => import('./pages/SetPassword').then((m) => ({ default: m.SetPasswordPage })));
const ForgotPasswordPage = lazy(() => import('./pages/ForgotPassword').then((m) => ({ default: m.ForgotPasswordPage })));
const SetupPage = lazy(() => import('./pages/Setup').then((m) => ({ default: m.SetupPage })));
const SharedResultPage = lazy(() => import('./pages/SharedResult').then((m) => ({ default: m.SharedResultPage })));

const useStyles = makeStyles({
  shell: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  loading: { padding: tokens.spacingVerticalXXXL },
});

export function App() {
  const styles = useStyles();
  const route = useRoute();
  const [me, setMe] = useState<Me | null | 'unknown'>('unknown');
  const csrf = useRef<string | null>(null);
  const api = useMemo(
    () =>
      dashboardApi(
        () => csrf.current,
        () => setMe(null),
      ),
    [],
  );
  const signedIn = (who: Me) => {
    csrf.current = who.csrfToken;
    setDisplayTimeZone(who.organisation.timeZone);
    setMe(who);
  };
  const onOrganisationChanged = (settings: Settings) => {
    setDisplayTimeZone(settings.timeZone);
    setMe((m) =>
      m && m !== 'unknown' ? { ...m, organisation: { ...m.organisation, name: settings.name, timeZone: settings.timeZone } } : m,
    );
  };
  const signOut = () => {
    void api.signOut().finally(() => {
      csrf.current = null;
      setMe(null);
    });
  };
  const landed = (who: Me) => {
    signedIn(who);
    go('interviews');
  };

  useEffect(() => {
    api.me().then(signedIn, () => setMe(null));
  }, [api]);

  let body;
  // A shared result is for someone without an account: it never asks them to sign in.
  if (route.page === 'shared') body = <SharedResultPage api={api} token={route.params[0] ?? ''} />;
  else if (me === 'unknown') body = <Spinner label="Loading…" className={styles.loading} />;
  else if (route.page === 'welcome' || route.page === 'reset')
    body = <SetPasswordPage api={api} token={route.query.get('token') ?? ''} purpose={route.page} onSignedIn={landed} />;
  else if (route.page === 'setup') body = <SetupPage api={api} token={route.query.get('token') ?? ''} onSignedIn={landed} />;
  else if (me === null && route.page === 'forgot') body = <ForgotPasswordPage api={api} />;
  else if (me === null) body = <SignInPage api={api} onSignedIn={signedIn} />;
  else {
    body = <SignedIn api={api} me={me} route={route} onOrganisationChanged={onOrganisationChanged} onSignOut={signOut} />;
  }
  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.shell}>
        <Suspense fallback={<Spinner label="Loading…" className={styles.loading} />}>{body}</Suspense>
      </div>
    </FluentProvider>
  );
}
