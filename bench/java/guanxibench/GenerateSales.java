package guanxibench;

import dev.guanxi.sales.internal.Opportunity;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Seeded sales data on top of the loaded accounts: opportunities (default 1,000,000) over the accounts,
 * their owners and departments, in the two processes Flyway created (project sale 85 %, repeat order
 * 15 %), and their stage history (default exactly 10,000,000 rows of opportunity_stage_changes), both
 * streamed with COPY over two connections. A deal's history starts with its creation (no from-stage),
 * walks forward through the stages up to where the deal is now (open), or on to won, or to lost from
 * the stage it was lost in; moves back one stage and forward again ("the customer reopened the
 * requirements") fill the history up to the requested row count, as the issue asks for ten stage
 * changes per deal. Open deals: 20 %, funnel-shaped over the stages; won 30 %; lost 50 %.
 * Secondary indexes and foreign keys of both tables are dropped for the load and recreated afterwards.
 */
public final class GenerateSales {

    static final Instant NOW = Instant.parse("2026-11-20T00:00:00Z");
    static final int CHUNK = 10_000;
    static final String OPPORTUNITY_COLUMNS = "id, external_id, name, account_id, process_id, stage_id, status, amount, "
            + "currency, amount_from_lines, probability, expected_close_date, close_date, source, sales_method, win_reason, "
            + "loss_reason, stage_entered_at, last_activity_at, owner_id, department_id, search_text, search_tokens, version, "
            + "created_at, created_by, updated_at, updated_by";
    static final String CHANGE_COLUMNS = "opportunity_id, from_stage_id, to_stage_id, changed_at, changed_by, amount, "
            + "owner_id, department_id";

    record Stage(UUID id, int probability, int maxDays, String outcome) {
    }

    /** One process: its open stages in order, then won and lost; funnel weights of where deals are. */
    record Process(UUID id, List<Stage> open, Stage won, Stage lost, double[] openWeights, double[] lostWeights) {
    }

    private final Map<String, String> options;
    private final long seed;
    private final int opportunities;
    private final long changes;
    private final Path out;
    private Process project;
    private Process repeat;
    private UUID[] accountIds;
    private String[] accountNames;
    private UUID[] accountOwners;
    private UUID[] accountDepartments;
    private long[] accountCreated;
    private String[] accountCurrency;
    private UUID[] reps;
    private UUID[] repDepartments;

    private GenerateSales(Map<String, String> options) {
        this.options = options;
        this.seed = Long.parseLong(options.getOrDefault("seed", "20261125")) + 31;
        this.opportunities = Integer.parseInt(options.getOrDefault("opportunities", "1000000"));
        this.changes = Long.parseLong(options.getOrDefault("stage-changes", "10000000"));
        this.out = Path.of(options.getOrDefault("out", "/tmp/gx-bench-work/data"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new GenerateSales(options).run();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(options.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/guanxi_bench"),
                options.getOrDefault("user", "postgres"), options.getOrDefault("password", ""));
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        Map<String, String> stats = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        try (Connection db = connect()) {
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select count(*) from opportunities")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException("opportunities is not empty");
                }
            }
            readProcesses(db);
            readAccountsAndReps(db);
            Generate.log("sales: %,d accounts, %,d reps read in %.1f s", accountIds.length, reps.length,
                    Generate.secs(System.nanoTime() - t0));
            BulkSchema schema = BulkSchema.save(db, List.of("opportunities", "opportunity_stage_changes"));
            schema.dropForLoad(db);
            long t1 = System.nanoTime();
            load();
            long t2 = System.nanoTime();
            long rows;
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select count(*) from opportunity_stage_changes")) {
                rs.next();
                rows = rs.getLong(1);
            }
            Generate.log("COPY: %,d opportunities + %,d stage changes in %.1f s (%,.0f rows/s)", opportunities, rows,
                    Generate.secs(t2 - t1), (opportunities + rows) / Generate.secs(t2 - t1));
            schema.restoreIndexes(this::connect);
            long t3 = System.nanoTime();
            Generate.log("indexes rebuilt in %.1f s", Generate.secs(t3 - t2));
            schema.restoreForeignKeys(db);
            long t4 = System.nanoTime();
            Generate.log("foreign keys re-added and validated in %.1f s", Generate.secs(t4 - t3));
            db.setAutoCommit(true);
            try (Statement s = db.createStatement()) {
                s.execute("vacuum (analyze) opportunities");
                s.execute("vacuum (analyze) opportunity_stage_changes");
            }
            long t5 = System.nanoTime();
            Generate.log("vacuum analyze in %.1f s", Generate.secs(t5 - t4));
            stats.put("opportunities", String.valueOf(opportunities));
            stats.put("stage_changes", String.valueOf(rows));
            stats.put("sales_copy_seconds", Generate.fmt(Generate.secs(t2 - t1)));
            stats.put("sales_index_seconds", Generate.fmt(Generate.secs(t3 - t2)));
            stats.put("sales_fk_seconds", Generate.fmt(Generate.secs(t4 - t3)));
            stats.put("sales_vacuum_analyze_seconds", Generate.fmt(Generate.secs(t5 - t4)));
            stats.put("sales_total_seconds", Generate.fmt(Generate.secs(t5 - t0)));
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
                    select pg_size_pretty(pg_total_relation_size('opportunities')),
                           pg_size_pretty(pg_total_relation_size('opportunity_stage_changes')),
                           pg_size_pretty(pg_database_size(current_database()))""")) {
                rs.next();
                stats.put("opportunities_size", rs.getString(1));
                stats.put("stage_changes_size", rs.getString(2));
                stats.put("database_size_with_sales", rs.getString(3));
            }
        }
        StringBuilder text = new StringBuilder();
        stats.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Files.writeString(out.resolve("load-sales.properties"), text);
        Generate.log("sales done in %.1f s: %s", Generate.secs(System.nanoTime() - t0), stats);
    }

    // ---- what the data is spread over -------------------------------------------------------------

    private void readProcesses(Connection db) throws SQLException {
        Map<String, List<Stage>> open = new LinkedHashMap<>();
        Map<String, Stage> won = new LinkedHashMap<>();
        Map<String, Stage> lost = new LinkedHashMap<>();
        Map<String, UUID> ids = new LinkedHashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
                select p.code, p.id, s.id, s.probability, coalesce(s.max_days, 14), s.outcome
                from sales_stages s join sales_processes p on p.id = s.process_id
                where s.active and p.code in ('project', 'repeat_order') order by p.code, s.position""")) {
            while (rs.next()) {
                String code = rs.getString(1);
                ids.put(code, rs.getObject(2, UUID.class));
                Stage stage = new Stage(rs.getObject(3, UUID.class), rs.getInt(4), rs.getInt(5), rs.getString(6));
                switch (stage.outcome()) {
                    case "won" -> won.put(code, stage);
                    case "lost" -> lost.put(code, stage);
                    default -> open.computeIfAbsent(code, k -> new ArrayList<>()).add(stage);
                }
            }
        }
        project = process(ids.get("project"), open.get("project"), won.get("project"), lost.get("project"));
        repeat = process(ids.get("repeat_order"), open.get("repeat_order"), won.get("repeat_order"), lost.get("repeat_order"));
    }

    /** Funnel-shaped: each later stage holds fewer of the open deals, and fewer deals are lost late. */
    private static Process process(UUID id, List<Stage> open, Stage won, Stage lost) {
        if (id == null || open == null || won == null || lost == null) {
            throw new IllegalStateException("the sales processes of V202611251010 (project, repeat_order) are missing");
        }
        double[] openWeights = new double[open.size()];
        double[] lostWeights = new double[open.size()];
        for (int i = 0; i < open.size(); i++) {
            openWeights[i] = Math.pow(0.82, i);
            lostWeights[i] = Math.pow(0.78, i);
        }
        return new Process(id, List.copyOf(open), won, lost, cumulative(openWeights), cumulative(lostWeights));
    }

    private static double[] cumulative(double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] c = new double[weights.length];
        double run = 0;
        for (int i = 0; i < weights.length; i++) {
            run += weights[i];
            c[i] = run / sum;
        }
        return c;
    }

    private static int pick(SplittableRandom random, double[] cumulative) {
        double r = random.nextDouble();
        for (int i = 0; i < cumulative.length; i++) {
            if (r < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    private void readAccountsAndReps(Connection db) throws SQLException {
        int n;
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select count(*) from accounts where deleted_at is null")) {
            rs.next();
            n = rs.getInt(1);
        }
        accountIds = new UUID[n];
        accountNames = new String[n];
        accountOwners = new UUID[n];
        accountDepartments = new UUID[n];
        accountCreated = new long[n];
        accountCurrency = new String[n];
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.setFetchSize(20_000);
            try (ResultSet rs = s.executeQuery("""
                    select id, name, owner_id, department_id, created_at, currency from accounts
                    where deleted_at is null order by id""")) {
                int i = 0;
                while (rs.next() && i < n) {
                    accountIds[i] = rs.getObject(1, UUID.class);
                    accountNames[i] = rs.getString(2);
                    accountOwners[i] = rs.getObject(3, UUID.class);
                    accountDepartments[i] = rs.getObject(4, UUID.class);
                    accountCreated[i] = rs.getTimestamp(5).getTime();
                    accountCurrency[i] = rs.getString(6) == null ? "CNY" : rs.getString(6);
                    i++;
                }
            }
            List<UUID> ids = new ArrayList<>();
            List<UUID> departments = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("""
                    select u.id, u.department_id from users u join user_roles r on r.user_id = u.id
                    where r.role = 'sales_rep' and u.department_id is not null order by u.email""")) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                    departments.add(rs.getObject(2, UUID.class));
                }
            }
            reps = ids.toArray(UUID[]::new);
            repDepartments = departments.toArray(UUID[]::new);
        }
        db.commit();
        if (reps.length == 0 || n == 0) {
            throw new IllegalStateException("load accounts and users first (guanxibench.Generate)");
        }
    }

    // ---- the load pipeline (as Generate: chunks generated on all cores, one COPY per table) ------

    private record Chunk(byte[] opportunities, byte[] changes, AtomicInteger pending) {
    }

    private void load() throws Exception {
        int chunks = (opportunities + CHUNK - 1) / CHUNK;
        int workers = Integer.parseInt(options.getOrDefault("threads", String.valueOf(Runtime.getRuntime().availableProcessors())));
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        Semaphore inFlight = new Semaphore(workers * 2 + 2);
        @SuppressWarnings("unchecked")
        CompletableFuture<Chunk>[] slots = new CompletableFuture[chunks];
        for (int c = 0; c < chunks; c++) {
            slots[c] = new CompletableFuture<>();
        }
        CompletableFuture<Void> dealWriter = CompletableFuture.runAsync(
                () -> copy("opportunities", OPPORTUNITY_COLUMNS, slots, Chunk::opportunities, inFlight, true));
        CompletableFuture<Void> changeWriter = CompletableFuture.runAsync(
                () -> copy("opportunity_stage_changes", CHANGE_COLUMNS, slots, Chunk::changes, inFlight, false));
        for (int c = 0; c < chunks; c++) {
            inFlight.acquire();
            int chunk = c;
            pool.submit(() -> {
                try {
                    slots[chunk].complete(chunk(chunk));
                } catch (Throwable e) {
                    slots[chunk].completeExceptionally(e);
                }
            });
            if (dealWriter.isCompletedExceptionally() || changeWriter.isCompletedExceptionally()) {
                break;
            }
        }
        try {
            CompletableFuture.allOf(dealWriter, changeWriter).join();
        } finally {
            pool.shutdownNow();
        }
    }

    private void copy(String table, String columns, CompletableFuture<Chunk>[] slots, Function<Chunk, byte[]> part,
                      Semaphore inFlight, boolean progress) {
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                // FREEZE needs the truncate in the same transaction; identity restarts for the history ids
                s.execute("truncate " + table + " restart identity");
            }
            CopyIn in = db.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy " + table + " (" + columns + ") from stdin with (freeze)");
            for (int c = 0; c < slots.length; c++) {
                Chunk chunk = slots[c].join();
                byte[] bytes = part.apply(chunk);
                in.writeToCopy(bytes, 0, bytes.length);
                if (chunk.pending().decrementAndGet() == 0) {
                    slots[c] = null;
                    inFlight.release();
                }
                if (progress && (c + 1) % 10 == 0) {
                    Generate.log("  %,d opportunities generated and copied", Math.min((long) (c + 1) * CHUNK, opportunities));
                }
            }
            in.endCopy();
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- one chunk of deals and their histories ---------------------------------------------------

    /** A deal's path: stage indexes (into open stages; -1 won, -2 lost) in the order it entered them. */
    private record Deal(Process process, int account, List<Integer> path) {
    }

    private Chunk chunk(int c) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + c);
        int from = c * CHUNK;
        int to = Math.min(opportunities, from + CHUNK);
        long budget = changes * to / opportunities - changes * from / opportunities;
        List<Deal> deals = new ArrayList<>(to - from);
        long natural = 0;
        for (int i = from; i < to; i++) {
            Process process = random.nextInt(100) < 85 ? project : repeat;
            List<Integer> path = new ArrayList<>();
            int outcome = random.nextInt(100);
            int last = outcome < 20 ? pick(random, process.openWeights())
                    : outcome < 50 ? process.open().size() - 1 : pick(random, process.lostWeights());
            for (int s = 0; s <= last; s++) {
                path.add(s);
            }
            if (outcome >= 20) {
                path.add(outcome < 50 ? -1 : -2);
            }
            natural += path.size();
            deals.add(new Deal(process, random.nextInt(accountIds.length), path));
        }
        // back one stage and forward again, where a deal has been past its second stage, up to the budget
        long missing = budget - natural;
        int guard = 0;
        while (missing >= 2 && guard++ < 50_000_000) {
            Deal deal = deals.get(random.nextInt(deals.size()));
            List<Integer> path = deal.path();
            int at = 1 + random.nextInt(path.size());
            int stage = path.get(at - 1);
            if (stage < 1) {
                continue;
            }
            if (missing == 3 && stage >= 2) {
                path.addAll(at, List.of(stage - 2, stage - 1, stage));
                missing -= 3;
            } else if (missing != 3) {
                path.addAll(at, List.of(stage - 1, stage));
                missing -= 2;
            }
        }
        StringBuilder o = new StringBuilder((to - from) * 700);
        StringBuilder h = new StringBuilder((int) budget * 170);
        for (int i = from; i < to; i++) {
            deal(random, i, deals.get(i - from), o, h);
        }
        return new Chunk(o.toString().getBytes(StandardCharsets.UTF_8), h.toString().getBytes(StandardCharsets.UTF_8),
                new AtomicInteger(2));
    }

    private static final String[] CN_PROJECTS = {"ERP升级项目", "年度采购框架协议", "数据中心扩容", "生产线自动化改造",
            "CRM系统建设", "办公设备集中采购", "安防监控工程", "物流仓储系统", "财务共享中心", "工业软件许可续约",
            "云服务迁移", "营销数字化平台", "备品备件年度合同", "实验室设备采购", "培训服务项目"};
    private static final String[] EN_PROJECTS = {"ERP upgrade", "Annual supply agreement", "Data centre expansion",
            "Line automation retrofit", "CRM rollout", "Fleet renewal", "Security systems", "Warehouse system",
            "Software licence renewal", "Cloud migration", "Marketing platform", "Spare parts contract"};
    private static final String[] CN_WIN = {"方案贴合需求，客户高层认可", "价格有竞争力", "服务响应快", "老客户复购"};
    private static final String[] EN_WIN = {"Best fit for the requirements", "Competitive price", "Strong relationship"};
    private static final String[] CN_LOSS = {"价格高于竞争对手", "客户预算取消", "被竞争对手抢单", "项目延期无限期搁置",
            "技术方案不满足要求", "决策人更换"};
    private static final String[] EN_LOSS = {"Competitor undercut our price", "Budget cancelled", "Project postponed",
            "Lost to an incumbent supplier", "Did not meet the technical requirements"};
    private static final String[] SOURCES = {"lead", "web", "phone", "email", "campaign", "walk_in", "referral", "partner",
            "existing_customer", "existing_customer", "trade_show", "other"};
    private static final String[] METHODS = {"direct", "direct", "direct", "channel", "online", "tender", "key_account"};

    private void deal(SplittableRandom random, int index, Deal deal, StringBuilder o, StringBuilder h) {
        Process process = deal.process();
        int a = deal.account();
        UUID ownerId = accountOwners[a];
        UUID departmentId = accountDepartments[a];
        if (ownerId == null) {
            int r = random.nextInt(reps.length);
            ownerId = reps[r];
            departmentId = repDepartments[r];
        }
        List<Integer> path = deal.path();
        // days spent in each entered stage but the last; then place the whole history in time
        long[] stayMillis = new long[path.size()];
        long total = 0;
        for (int k = 0; k + 1 < path.size(); k++) {
            Stage s = stage(process, path.get(k));
            double days = -Math.log(1 - random.nextDouble()) * s.maxDays() * 0.45 + 0.05;
            stayMillis[k] = (long) (days * 86_400_000L);
            total += stayMillis[k];
        }
        int lastStage = path.get(path.size() - 1);
        boolean open = lastStage >= 0;
        long now = NOW.toEpochMilli();
        long accountCreated = accountCreated(a);
        long end;
        if (open) {
            end = now - (long) (-Math.log(1 - random.nextDouble()) * 18 * 86_400_000L) - random.nextInt(3_600_000);
            end = Math.max(end, accountCreated + 3_600_000L);
        } else {
            long latestStart = now - total - 86_400_000L;
            long start = latestStart <= accountCreated ? accountCreated
                    : accountCreated + (long) (random.nextDouble() * (latestStart - accountCreated));
            end = Math.min(now - 3_600_000L, start + total);
        }
        long start = end - total;
        if (start < accountCreated) { // squeeze the history into the account's lifetime
            double scale = (double) (end - accountCreated) / Math.max(1, total);
            total = 0;
            for (int k = 0; k + 1 < path.size(); k++) {
                stayMillis[k] = (long) (stayMillis[k] * scale);
                total += stayMillis[k];
            }
            start = end - total;
        }
        Instant createdAt = Instant.ofEpochMilli(start).plusNanos(random.nextInt(1000) * 1000L);
        UUID id = Generate.uuid7(random, start);
        boolean english = !"CNY".equals(accountCurrency[a]) || isLatin(accountNames[a]);
        String name = accountNames[a] + (english ? " - " + Vocabulary.pick(random, EN_PROJECTS)
                : " " + Vocabulary.pick(random, CN_PROJECTS));
        if (name.length() > 200) {
            name = name.substring(0, 200);
        }
        String externalId = random.nextInt(20) == 0 ? String.format("CRM-O%07d", index + 1) : null;
        double scale = process == repeat ? 40_000 : 300_000;
        String amount = String.format(java.util.Locale.ROOT, "%.2f",
                Math.round(scale * Math.exp(random.nextGaussian() * 1.1) / 100.0) * 100.0);
        String currency = accountCurrency[a];

        // the history rows
        Instant at = createdAt;
        UUID previous = null;
        for (int k = 0; k < path.size(); k++) {
            Stage s = stage(process, path.get(k));
            Copy.row(h, id, previous, s.id(), at, ownerId, amount, ownerId, departmentId);
            previous = s.id();
            if (k + 1 < path.size()) {
                at = at.plusMillis(stayMillis[k]);
            }
        }
        Instant enteredAt = at;
        Stage current = stage(process, lastStage);
        LocalDate closeDate = open ? null : LocalDate.ofInstant(enteredAt, ZoneOffset.UTC);
        LocalDate expected = open ? LocalDate.ofInstant(enteredAt, ZoneOffset.UTC).plusDays(random.nextInt(150) - 20)
                : closeDate.plusDays(random.nextInt(41) - 20);
        String status = open ? "open" : current.outcome();
        String winReason = "won".equals(status) && random.nextInt(3) > 0
                ? (english ? Vocabulary.pick(random, EN_WIN) : Vocabulary.pick(random, CN_WIN)) : null;
        String lossReason = "lost".equals(status) ? (english ? Vocabulary.pick(random, EN_LOSS) : Vocabulary.pick(random, CN_LOSS))
                : null;
        Instant lastActivity = random.nextInt(10) < 7
                ? enteredAt.plusMillis((long) (random.nextDouble() * Math.max(1, now - enteredAt.toEpochMilli())))
                        .truncatedTo(ChronoUnit.MICROS) : null;
        Instant updatedAt = lastActivity != null && lastActivity.isAfter(enteredAt) && random.nextBoolean() ? lastActivity : enteredAt;
        SearchKeys keys = searchKeys(name, externalId);
        Copy.row(o, id, externalId, name, accountIds[a], process.id(), current.id(), status, amount, currency, false,
                current.probability(), expected, closeDate, Vocabulary.pick(random, SOURCES), Vocabulary.pick(random, METHODS),
                winReason, lossReason, enteredAt, lastActivity, ownerId, departmentId, keys.text(), Copy.array(keys.tokens()),
                path.size() - 1, createdAt, ownerId, updatedAt, ownerId);
    }

    private long accountCreated(int a) {
        return accountCreated[a];
    }

    private static boolean isLatin(String name) {
        return !name.isEmpty() && name.charAt(0) < 0x2E80;
    }

    private static Stage stage(Process process, int index) {
        return index == -1 ? process.won() : index == -2 ? process.lost() : process.open().get(index);
    }

    // ---- search keys by the application's own entity ----------------------------------------------

    record SearchKeys(String text, List<String> tokens) {
    }

    private static final Constructor<Opportunity> NEW_OPPORTUNITY;
    private static final Field NAME;
    private static final Field EXTERNAL_ID;
    private static final Method REFRESH;
    private static final Field TEXT;
    private static final Field TOKENS;

    static {
        try {
            NEW_OPPORTUNITY = Opportunity.class.getDeclaredConstructor();
            NEW_OPPORTUNITY.setAccessible(true);
            NAME = field("name");
            EXTERNAL_ID = field("externalId");
            TEXT = field("searchText");
            TOKENS = field("searchTokens");
            REFRESH = Opportunity.class.getDeclaredMethod("refreshSearchKeys");
            REFRESH.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Opportunity no longer has refreshSearchKeys()/name/externalId/searchText/"
                    + "searchTokens; update bench/java/guanxibench/GenerateSales.java", e);
        }
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field f = Opportunity.class.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    /** search_text and search_tokens exactly as Opportunity's @PrePersist hook computes them. */
    @SuppressWarnings("unchecked")
    static SearchKeys searchKeys(String name, String externalId) {
        try {
            Opportunity entity = NEW_OPPORTUNITY.newInstance();
            NAME.set(entity, name);
            EXTERNAL_ID.set(entity, externalId);
            REFRESH.invoke(entity);
            return new SearchKeys((String) TEXT.get(entity), (List<String>) TOKENS.get(entity));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
