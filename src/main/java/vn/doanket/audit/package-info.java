/**
 * The append-only audit log of every write: who, when, which entity, before and after. Public API:
 * {@link vn.doanket.audit.AuditLog}; administrators search it on a page and through the API.
 */
package vn.doanket.audit;
