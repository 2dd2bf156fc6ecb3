/**
 * Import of real-world data (数据导入): CSV (UTF-8, GBK/GB18030), Excel and vCard files read in a
 * background job with column and value mapping, duplicate handling, a dry-run preview, exact counts
 * and an error file; resumable after a crash. The engine knows no business record: each module
 * declares an {@link dev.guanxi.imports.ImportTarget} (contacts, accounts, ...) and, for fields that
 * point at other records, {@link dev.guanxi.imports.ReferenceResolver}s.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Import")
package dev.guanxi.imports;
