package dev.guanxi.imports;

import dev.guanxi.identity.CurrentUser;
import java.util.List;
import java.util.Set;

/**
 * One chunk of rows for a target, with the importer and the duplicate rules.
 *
 * @param matchOn    fields to recognise a duplicate by, in order (a subset of the target's match fields)
 * @param dryRun     judge only: count what would happen, write nothing
 * @param seenKeys   match keys ("email:a@b.cn") of rows this import has already created or judged
 *                   as created in earlier chunks that the database cannot show yet (a dry run writes
 *                   nothing); a target adds the keys of the rows it creates, so a file that names
 *                   the same person twice creates one record
 * @param runState   what a target keeps from chunk to chunk of one run (a filter of known keys, say);
 *                   a run resumed after a crash starts with an empty one
 */
public record ImportBatch(List<ImportRow> rows, CurrentUser importer, DuplicateMode onDuplicate, List<String> matchOn,
                          boolean dryRun, Set<String> seenKeys, java.util.Map<String, Object> runState) {
}
