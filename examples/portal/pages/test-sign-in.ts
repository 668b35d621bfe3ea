// **Test sign-in** on an app's page: asks the reference server for a one-time test URL
// (`POST /api/v1/apps/{id}/test-sign-in`, with the session cookie) and goes there; the flow ends on
// the sandbox's report page. A refusal (an app that cannot be tested) is said in `status`.

/** Starts a test sign-in of `appId`; navigates to the flow, or writes why not into `status`. */
export async function startTestSignIn(appId: string, status: HTMLElement): Promise<void> {
  status.textContent = 'Starting the test sign-in…';
  status.classList.remove('error');
  try {
    const response = await fetch(`/api/v1/apps/${encodeURIComponent(appId)}/test-sign-in`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
    });
    const body = (await response.json()) as { url?: unknown; errorCauses?: { errorSummary?: unknown }[] };
    if (response.status === 201 && typeof body.url === 'string') {
      location.assign(body.url);
      return;
    }
    const cause = body.errorCauses?.[0]?.errorSummary;
    status.textContent = `Test sign-in could not start: ${typeof cause === 'string' ? cause : `HTTP ${response.status}`}`;
  } catch {
    status.textContent = 'Test sign-in could not start: the server did not answer.';
  }
  status.classList.add('error');
}
