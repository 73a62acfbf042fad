/**
 * The audit log: every change (who, when, what, before and after) and every sign-in, failed sign-in, token use and
 * permission refusal, append-only and chained by SHA-256 hashes so that tampering with a past entry is detectable.
 * Changes arrive as {@code platform.revisions.RevisionRecorded}, in the changing transaction; the security code
 * records its events through {@link org.mufakat.audit.AuditLog}. Browsed at {@code /admin/audit}, verified there and
 * by {@code java -jar mufakat.jar audit-verify}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.mufakat.audit;
