/** English words for the Auth reasons (shared/auth-reasons.ts), part of `errorReason`. */
export const authReasonEn = {
  wrong_credentials: 'The e-mail or password is wrong.',
  email_not_confirmed:
    'Confirm your e-mail address first: open the link we sent you, then sign in.',
  account_exists: 'An account with this e-mail already exists. Sign in instead.',
  weak_password: 'This project asks for a stronger password.',
  password_too_long: 'Passwords are at most 72 bytes (accents and emoji count double or more).',
  email_invalid: 'This e-mail address cannot be used.',
  email_not_authorized:
    'This project only sends e-mail to its team members. Its owner must set up a custom SMTP server in Supabase.',
  input_invalid: 'Check the e-mail and password (passwords are at most 72 bytes).',
  current_password_wrong: 'The current password is not right.',
  same_password: 'The new password must be different from the current one.',
  signup_disabled: 'New sign-ups are turned off for this project.',
  email_sign_in_disabled: 'E-mail sign-in is turned off for this project.',
  rate_limited: 'Too many attempts. Wait a minute and try again.',
  email_rate_limited:
    'Too many e-mails sent by this project. Wait a while (up to an hour) and try again.',
  account_suspended: 'This account is suspended.',
  session_ended: 'Your session has ended. Sign in again.',
  link_refused:
    'The app received a link it does not accept. Open the link from the latest email the app asked for.',
  link_not_supported:
    'This link cannot sign you in to the app. If it confirmed your email, sign in with your password.',
  link_other_device:
    'This link was already used, or it was asked for on another computer. Open a link on the computer where you asked for it, or ask for a new one here.',
  link_failed: 'The email link did not work. Ask for a new one.',
  link_expired: 'This link has expired or was already used. Ask for a new one.',
  reauthentication_needed: 'Confirm it is you: sign in again, then retry.',
  captcha_failed: 'This project asks for a CAPTCHA, which the app does not support.',
  api_key_refused:
    'The project refused the app’s API key. Check the key in Settings (use the publishable key).',
  project_paused: 'The Supabase project is paused. Restore it from the Supabase dashboard.',
  auth_unavailable: 'The server is unavailable right now. Try again shortly.',
  auth_unreachable: 'Cannot reach the server. Check your connection.',
  oauth_denied: 'You did not grant access in the browser, so you were not signed in.',
  oauth_timed_out: 'Signing in through the browser took too long. Try again.',
  oauth_refused:
    'A browser reply arrived that belongs to no sign-in in progress, so it was ignored. If you meant to sign in, try again.',
  oauth_unavailable:
    'Signing in with that service could not start. Try again, or sign in with your email.',
  sign_in_first: 'Sign in first.',
  second_factor_needed: 'Enter the code from your authenticator app first.',
  second_factor_code_wrong: 'That code is not right. Check the current code in your app.',
  second_factor_code_expired: 'This code has expired. Enter the current one.',
  second_factor_name_taken: 'You already have a factor with this name.',
  second_factor_limit: 'You have reached the maximum number of factors. Remove one to add another.',
  second_factor_not_found: 'That factor no longer exists.',
  second_factor_disabled: 'This project does not offer two-step verification.',
  auth_failed: 'Signing in failed unexpectedly. Try again.',
};

/** The other words of the sign-in screens and the session notice. */
export const authWordsEn = {
  rateLimitedWait: 'Too many attempts. Try again in {{duration}}.',
  emailRateLimitedWait: 'Too many emails were sent. You can ask for another in {{duration}}.',
  weakPassword: {
    length: 'It is too short for this project.',
    characters: 'Mix lower- and upper-case letters, digits (and symbols if the project asks).',
    pwned: 'It appears in known data leaks; choose another.',
  },
  sessionNotice: {
    title: 'The server refused to continue the session',
    openSettings: 'Open Settings',
    openDashboard: 'Open the Supabase dashboard',
  },
};
