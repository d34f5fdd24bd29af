/**
 * Users, roles and scope, login and its lockout. The single place where access to campaign data is judged:
 * {@link vn.doanket.accounts.AccessPolicy}.
 */
package vn.doanket.accounts;
