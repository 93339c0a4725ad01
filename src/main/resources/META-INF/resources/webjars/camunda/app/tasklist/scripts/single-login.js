/*
 * The product has one login page, shared by the site and the Camunda webapps: whenever Tasklist would show its own
 * login view (after signing out, or when the session has ended), the browser goes to that page instead, and comes
 * back to Tasklist once logged in.
 */
function toSingleLogin() {
  if (window.location.hash.indexOf('#/login') === 0) {
    window.location.replace('/login');
  }
}

window.addEventListener('hashchange', toSingleLogin);
toSingleLogin();

export default [];
