import { useEffect, useRef, useState, type FormEvent, type Ref } from 'react';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session/session';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { postGraphql } from '../../app/graphql-fetch';
import { problemOf } from '../../lib/errors';
import type { LoginMutation, LoginMutationVariables } from './operations.generated';

/** auth.graphql's Login, sent with plain fetch: the sign-in page loads no GraphQL client. */
const LOGIN = 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { expiresAt user { id role } } }';

/** Email and password; the server answers with an httpOnly session cookie the client never sees. */
export default function SignInPage({ expired }: { expired: boolean }) {
  const { t } = useI18n();
  const { signedIn } = useSession();
  const [loading, setLoading] = useState(false);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});
  const emailRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = `${t('auth.title')} · ${t('app.name')}`;
  }, [t]);
  useEffect(() => emailRef.current?.focus(), []);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const m = { email: !email.trim(), password: !password };
    setMissing(m);
    if (m.email || m.password) return;
    setError(null);
    setLoading(true);
    try {
      const variables: LoginMutationVariables = { email: email.trim(), password };
      await postGraphql<LoginMutation>('Login', LOGIN, variables);
      setPassword('');
      await signedIn();
    } catch (err) {
      const p = problemOf(err);
      if (p?.code === 'UNAUTHENTICATED') setError(/too many/i.test(p.message) ? t('auth.throttled') : t('auth.wrongCredentials'));
      else if (p?.code === 'NETWORK') setError(t('error.networkExplain'));
      else setError(p?.message ?? t('error.unknown'));
    } finally {
      setLoading(false);
    }
  };

  return (
    <div className="signin-page">
      <div className="signin-lang">
        <LanguageSwitch />
      </div>
      <main id="main" className="signin-card">
        <h1>{t('app.name')}</h1>
        <p className="muted">{t('app.tagline')}</p>
        {expired && (
          <div className="notice notice-warn" role="status">
            {t('auth.expired')}
          </div>
        )}
        <form onSubmit={submit} noValidate aria-labelledby="signin-title">
          <h2 id="signin-title">{t('auth.title')}</h2>
          {error && (
            <div className="notice notice-error" role="alert">
              {error}
            </div>
          )}
          <SignInField id="signin-email" label={t('auth.email')} type="email" autoComplete="username" value={email} onValue={setEmail} missing={!!missing.email} inputRef={emailRef} />
          <SignInField id="signin-password" label={t('auth.password')} type="password" autoComplete="current-password" value={password} onValue={setPassword} missing={!!missing.password} />
          <button type="submit" className="btn btn-primary" disabled={loading}>
            {loading ? t('auth.signingIn') : t('auth.signIn')}
          </button>
        </form>
        <p className="muted small">{t('auth.privacy')}</p>
      </main>
    </div>
  );
}

/** A required field of the sign-in form, saying so when left empty (this page loads no form kit). */
function SignInField({
  id,
  label,
  type,
  autoComplete,
  value,
  onValue,
  missing,
  inputRef,
}: {
  id: string;
  label: string;
  type: 'email' | 'password';
  autoComplete: string;
  value: string;
  onValue: (v: string) => void;
  missing: boolean;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useI18n();
  return (
    <div className={`field${missing ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        ref={inputRef}
        id={id}
        type={type}
        autoComplete={autoComplete}
        value={value}
        onChange={(e) => onValue(e.target.value)}
        aria-invalid={missing || undefined}
        aria-describedby={missing ? `${id}-error` : undefined}
        required
      />
      {missing && (
        <div className="field-error" id={`${id}-error`}>
          {t('form.required')}
        </div>
      )}
    </div>
  );
}
