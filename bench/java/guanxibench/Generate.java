package guanxibench;

import dev.guanxi.contact.internal.Contact;
import dev.guanxi.customer.internal.Account;
import dev.guanxi.shared.search.Pinyin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Seeded data generator: departments, users with roles and API tokens, then accounts and contacts
 * streamed into PostgreSQL with COPY (two connections, one per table, rows generated on all cores).
 * Secondary indexes and foreign keys of accounts/contacts are dropped for the load and recreated
 * from their saved definitions afterwards (what a bulk load does), then the tables are vacuumed and
 * analysed. The same seed always yields the same rows.
 *
 * <pre>
 * java -cp CLASSES:APP_CLASSES:APP_DEPENDENCIES guanxibench.Generate \
 *     --url jdbc:postgresql://127.0.0.1:5432/guanxi_bench --user postgres \
 *     --accounts 1000000 --contacts 3000000 --seed 20261125 --out /tmp/gx-bench-work/data
 * </pre>
 */
public final class Generate {

    static final Instant START = Instant.parse("2023-11-01T00:00:00Z");
    static final Instant CREATED_END = Instant.parse("2026-11-01T00:00:00Z");
    static final Instant LAST_UPDATE = Instant.parse("2026-11-20T00:00:00Z");
    static final int CHUNK = 10_000;

    static final String ACCOUNT_COLUMNS = "id, external_id, name, individual, type, industry, grade, status, source, "
            + "owner_id, department_id, region, country, province, city, address, postal_code, phone, fax, email, "
            + "website, annual_revenue, currency, employees, credit_limit, payment_terms_days, tax_id, "
            + "parent_account_id, tags, description, search_text, search_tokens, version, created_at, created_by, "
            + "updated_at, updated_by";
    static final String CONTACT_COLUMNS = "id, external_id, account_id, name, gender, title, department_name, phone, "
            + "mobile, email, other_email, wechat, decision_role, key_decision_maker, birthday, address, notes, "
            + "owner_id, department_id, search_text, search_tokens, version, created_at, created_by, updated_at, "
            + "updated_by";

    record Dept(UUID id, String name, UUID parentId, boolean sales, boolean international) {
    }

    record User(UUID id, String email, String name, UUID departmentId, UUID managerId, List<String> roles,
                String token, boolean international) {
    }

    private final Map<String, String> options;
    private final long seed;
    private final int accounts;
    private final int contacts;
    private final Path out;
    private final List<Dept> departments = new ArrayList<>();
    private final List<User> users = new ArrayList<>();
    private User[] owners;
    private double[] ownerCumulative;

    private Generate(Map<String, String> options) {
        this.options = options;
        this.seed = Long.parseLong(options.getOrDefault("seed", "20261125"));
        this.accounts = Integer.parseInt(options.getOrDefault("accounts", "1000000"));
        this.contacts = Integer.parseInt(options.getOrDefault("contacts", "3000000"));
        this.out = Path.of(options.getOrDefault("out", "/tmp/gx-bench-work/data"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new Generate(options).run();
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
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select count(*) from accounts")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException("accounts is not empty: load into a fresh database (bench/run.sh recreates it)");
                }
            }
            organisation(db);
            log("organisation: %d departments, %d users (+ the administrator)", departments.size(), users.size() - 1);

            BulkSchema schema = BulkSchema.save(db);
            schema.dropForLoad(db);
            long t1 = System.nanoTime();
            load();
            long t2 = System.nanoTime();
            log("COPY: %,d accounts + %,d contacts in %.1f s (%,.0f rows/s)", accounts, contacts, secs(t2 - t1),
                    (accounts + contacts) / secs(t2 - t1));
            schema.restoreIndexes(this::connect);
            long t3 = System.nanoTime();
            log("indexes rebuilt in %.1f s", secs(t3 - t2));
            schema.restoreForeignKeys(db);
            long t4 = System.nanoTime();
            log("foreign keys re-added and validated in %.1f s", secs(t4 - t3));
            db.setAutoCommit(true);
            try (Statement s = db.createStatement()) {
                s.execute("vacuum (analyze) accounts");
                s.execute("vacuum (analyze) contacts");
                s.execute("analyze");
            }
            long t5 = System.nanoTime();
            log("vacuum analyze in %.1f s", secs(t5 - t4));
            stats.put("accounts", String.valueOf(accounts));
            stats.put("contacts", String.valueOf(contacts));
            stats.put("users", String.valueOf(users.size()));
            stats.put("departments", String.valueOf(departments.size()));
            stats.put("seed", String.valueOf(seed));
            stats.put("threads", String.valueOf(threads()));
            stats.put("copy_seconds", fmt(secs(t2 - t1)));
            stats.put("index_seconds", fmt(secs(t3 - t2)));
            stats.put("fk_seconds", fmt(secs(t4 - t3)));
            stats.put("vacuum_analyze_seconds", fmt(secs(t5 - t4)));
            stats.put("total_seconds", fmt(secs(t5 - t0)));
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("""
                    select pg_size_pretty(pg_total_relation_size('accounts')), pg_size_pretty(pg_total_relation_size('contacts')),
                           pg_size_pretty(pg_database_size(current_database()))""")) {
                rs.next();
                stats.put("accounts_size", rs.getString(1));
                stats.put("contacts_size", rs.getString(2));
                stats.put("database_size", rs.getString(3));
            }
        }
        StringBuilder text = new StringBuilder();
        stats.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Files.writeString(out.resolve("load.properties"), text);
        log("done in %.1f s: %s", secs(System.nanoTime() - t0), stats);
    }

    private int threads() {
        return Integer.parseInt(options.getOrDefault("threads", String.valueOf(Runtime.getRuntime().availableProcessors())));
    }

    // ---- departments, users, roles, tokens -------------------------------------------------------

    private void organisation(Connection db) throws Exception {
        SplittableRandom random = new SplittableRandom(seed);
        String adminEmail = options.getOrDefault("admin-email", "admin@bench.test");
        UUID adminId;
        String passwordHash;
        try (PreparedStatement s = db.prepareStatement("select id, password_hash from users where lower(email) = lower(?)")) {
            s.setString(1, adminEmail);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("administrator " + adminEmail + " not found: start the application once first");
                }
                adminId = rs.getObject(1, UUID.class);
                passwordHash = rs.getString(2);
            }
        }
        users.add(new User(adminId, adminEmail, "Administrator", null, null, List.of("admin"), token(random), false));

        Instant orgTime = START.minus(30, ChronoUnit.DAYS);
        Dept hq = dept(random, orgTime, "总部", null, false, false);
        String[][] regions = {
                {"华北大区", "北京销售一部", "北京销售二部", "天津销售部"},
                {"华东大区", "上海销售一部", "上海销售二部", "杭州销售部", "南京销售部"},
                {"华南大区", "广州销售部", "深圳销售部"},
                {"西部大区", "成都销售部", "西安销售部"},
                {"International Business", "North America Sales", "Europe & APAC Sales"}};
        List<Dept> regionDepts = new ArrayList<>();
        List<Dept> leafDepts = new ArrayList<>();
        for (String[] region : regions) {
            boolean international = region[0].startsWith("International");
            Dept r = dept(random, orgTime, region[0], hq.id(), true, international);
            regionDepts.add(r);
            for (int i = 1; i < region.length; i++) {
                leafDepts.add(dept(random, orgTime, region[i], r.id(), true, international));
            }
        }
        Dept service = dept(random, orgTime, "客户服务部", hq.id(), false, false);
        Dept marketing = dept(random, orgTime, "市场部", hq.id(), false, false);

        user(random, "it.admin", hq, null, List.of("admin"), false);
        User vp1 = user(random, "vp", hq, null, List.of("sales_vp"), false);
        user(random, "vp", hq, null, List.of("sales_vp"), false);
        List<User> managers = new ArrayList<>();
        List<User> reps = new ArrayList<>();
        Map<UUID, User> regionManager = new LinkedHashMap<>();
        for (Dept r : regionDepts) {
            User m = user(random, "manager", r, vp1.id(), List.of("sales_manager"), r.international());
            regionManager.put(r.id(), m);
            managers.add(m);
        }
        for (Dept leaf : leafDepts) {
            User m = user(random, "manager", leaf, regionManager.get(leaf.parentId()).id(), List.of("sales_manager"),
                    leaf.international());
            managers.add(m);
            for (int i = 0; i < 13; i++) {
                reps.add(user(random, "rep", leaf, m.id(), List.of("sales_rep"), leaf.international()));
            }
        }
        User serviceLead = user(random, "service", service, null, List.of("service_agent", "sales_manager"), false);
        for (int i = 0; i < 11; i++) {
            user(random, "service", service, serviceLead.id(), List.of("service_agent"), false);
        }
        for (int i = 0; i < 8; i++) {
            user(random, "marketing", marketing, null, List.of("marketer"), false);
        }

        // owners of accounts: reps by an uneven weight (some reps have far more accounts), managers a little
        List<User> ownerList = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (User rep : reps) {
            ownerList.add(rep);
            weights.add(0.4 + 1.2 * random.nextDouble());
        }
        double repTotal = weights.stream().mapToDouble(Double::doubleValue).sum();
        for (User m : managers) {
            ownerList.add(m);
            weights.add(repTotal * (5.0 / 90.0) / managers.size());
        }
        owners = ownerList.toArray(User[]::new);
        ownerCumulative = new double[owners.length];
        double sum = 0;
        for (int i = 0; i < owners.length; i++) {
            sum += weights.get(i);
            ownerCumulative[i] = sum;
        }
        for (int i = 0; i < owners.length; i++) {
            ownerCumulative[i] /= sum;
        }

        db.setAutoCommit(false);
        try (PreparedStatement s = db.prepareStatement(
                "insert into departments (id, name, parent_id, version, created_at, updated_at) values (?, ?, ?, 0, ?, ?)")) {
            for (Dept d : departments) {
                s.setObject(1, d.id());
                s.setString(2, d.name());
                s.setObject(3, d.parentId());
                s.setObject(4, java.sql.Timestamp.from(orgTime));
                s.setObject(5, java.sql.Timestamp.from(orgTime));
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = db.prepareStatement("""
                insert into users (id, email, name, password_hash, language, time_zone, active, department_id, manager_id,
                                   phone, title, version, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, true, ?, null, ?, ?, 0, ?, ?)""");
             PreparedStatement manager = db.prepareStatement("update users set manager_id = ? where id = ?");
             PreparedStatement role = db.prepareStatement("insert into user_roles (user_id, role) values (?, ?)")) {
            for (User u : users.subList(1, users.size())) {
                s.setObject(1, u.id());
                s.setString(2, u.email());
                s.setString(3, u.name());
                s.setString(4, passwordHash);
                s.setString(5, u.international() ? "en" : "zh-CN");
                s.setString(6, u.international() ? "Europe/London" : "Asia/Shanghai");
                s.setObject(7, u.departmentId());
                s.setString(8, mobile(random));
                s.setString(9, u.roles().get(0));
                s.setObject(10, java.sql.Timestamp.from(orgTime));
                s.setObject(11, java.sql.Timestamp.from(orgTime));
                s.addBatch();
                for (String r : u.roles()) {
                    role.setObject(1, u.id());
                    role.setString(2, r);
                    role.addBatch();
                }
                if (u.managerId() != null) {
                    manager.setObject(1, u.managerId());
                    manager.setObject(2, u.id());
                    manager.addBatch();
                }
            }
            s.executeBatch();
            manager.executeBatch();
            role.executeBatch();
        }
        try (PreparedStatement s = db.prepareStatement("""
                insert into api_tokens (id, user_id, token_hash, kind, name, created_at, expires_at)
                values (?, ?, ?, 'personal', 'bench', now(), null)""")) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (User u : users) {
                s.setObject(1, uuid7(random, orgTime.toEpochMilli()));
                s.setObject(2, u.id());
                s.setBytes(3, sha.digest(u.token().getBytes(StandardCharsets.UTF_8)));
                s.addBatch();
            }
            s.executeBatch();
        }
        db.commit();

        StringBuilder tsv = new StringBuilder("id\temail\tname\trole\tdepartment_id\ttoken\n");
        for (User u : users) {
            tsv.append(u.id()).append('\t').append(u.email()).append('\t').append(u.name()).append('\t')
                    .append(String.join(",", u.roles())).append('\t')
                    .append(u.departmentId() == null ? "" : u.departmentId()).append('\t').append(u.token()).append('\n');
        }
        Files.writeString(out.resolve("users.tsv"), tsv);
    }

    private Dept dept(SplittableRandom random, Instant at, String name, UUID parent, boolean sales, boolean international) {
        Dept d = new Dept(uuid7(random, at.toEpochMilli()), name, parent, sales, international);
        departments.add(d);
        return d;
    }

    private User user(SplittableRandom random, String kind, Dept dept, UUID managerId, List<String> roles,
                      boolean international) {
        String name = international && random.nextInt(3) > 0 ? englishPerson(random, random.nextBoolean())
                : chinesePerson(random, random.nextBoolean());
        String email = kind + "." + (users.size()) + "@bench.test";
        User u = new User(uuid7(random, START.minus(30, ChronoUnit.DAYS).toEpochMilli()), email, name, dept.id(),
                managerId, roles, token(random), international);
        users.add(u);
        return u;
    }

    private static String token(SplittableRandom random) {
        return "gx_bench_" + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
    }

    // ---- accounts and contacts --------------------------------------------------------------------

    private record Chunk(byte[] accounts, byte[] contacts, AtomicInteger pending) {
    }

    private void load() throws Exception {
        int chunks = (accounts + CHUNK - 1) / CHUNK;
        int workers = threads();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        Semaphore inFlight = new Semaphore(workers * 2 + 2);
        @SuppressWarnings("unchecked")
        CompletableFuture<Chunk>[] slots = new CompletableFuture[chunks];
        for (int c = 0; c < chunks; c++) {
            slots[c] = new CompletableFuture<>();
        }
        CompletableFuture<Void> accountWriter = CompletableFuture.runAsync(
                () -> copy("accounts", ACCOUNT_COLUMNS, slots, Chunk::accounts, inFlight));
        CompletableFuture<Void> contactWriter = CompletableFuture.runAsync(
                () -> copy("contacts", CONTACT_COLUMNS, slots, Chunk::contacts, inFlight));
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
            if (accountWriter.isCompletedExceptionally() || contactWriter.isCompletedExceptionally()) {
                break;
            }
        }
        try {
            CompletableFuture.allOf(accountWriter, contactWriter).join();
        } finally {
            pool.shutdownNow();
        }
    }

    private void copy(String table, String columns, CompletableFuture<Chunk>[] slots,
                      java.util.function.Function<Chunk, byte[]> part, Semaphore inFlight) {
        try (Connection db = connect()) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                s.execute("truncate " + table); // lets COPY FREEZE write frozen, all-visible rows
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
                if (table.equals("accounts") && (c + 1) % 10 == 0) {
                    log("  %,d accounts generated and copied", Math.min((long) (c + 1) * CHUNK, accounts));
                }
            }
            in.endCopy();
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private record AccountInfo(UUID id, UUID ownerId, UUID departmentId, Instant createdAt, boolean english,
                               boolean individual, String domain, int city, String country, String phonePrefix) {
    }

    private Chunk chunk(int c) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + c);
        int from = c * CHUNK;
        int to = Math.min(accounts, from + CHUNK);
        StringBuilder a = new StringBuilder((to - from) * 900);
        AccountInfo[] infos = new AccountInfo[to - from];
        long span = CREATED_END.toEpochMilli() - START.toEpochMilli();
        for (int i = from; i < to; i++) {
            infos[i - from] = account(random, i, a, infos, from,
                    START.plusMillis((long) ((i + random.nextDouble()) * span / accounts))
                            .plusNanos(random.nextInt(1000) * 1000L));
        }
        long cFrom = (long) from * contacts / accounts;
        long cTo = (long) to * contacts / accounts;
        StringBuilder k = new StringBuilder((int) (cTo - cFrom) * 600);
        for (long n = cFrom; n < cTo; n++) {
            contact(random, n, infos[random.nextInt(infos.length)], k);
        }
        return new Chunk(a.toString().getBytes(StandardCharsets.UTF_8), k.toString().getBytes(StandardCharsets.UTF_8),
                new AtomicInteger(2));
    }

    private User owner(SplittableRandom random) {
        double r = random.nextDouble();
        int i = Arrays.binarySearch(ownerCumulative, r);
        return owners[i >= 0 ? i : Math.min(owners.length - 1, -i - 1)];
    }

    private AccountInfo account(SplittableRandom random, int index, StringBuilder out, AccountInfo[] earlier, int from,
                                Instant createdAt) {
        User owner = random.nextInt(100) < 5 ? null : owner(random);
        boolean english = random.nextDouble() < (owner != null && owner.international() ? 0.7 : 0.12);
        boolean individual = random.nextInt(100) < 8;
        int city = Integer.parseInt(Vocabulary.CITY_INDEX.pick(random));
        String[] cityRow = Vocabulary.CITIES[city];
        String[] countryRow = Vocabulary.COUNTRIES[random.nextInt(Vocabulary.COUNTRIES.length)];
        String name;
        String industry;
        String domain;
        if (individual) {
            boolean female = random.nextBoolean();
            name = english ? englishPerson(random, female) : chinesePerson(random, female);
            industry = null;
            domain = random.nextBoolean() ? "qq.com" : (random.nextBoolean() ? "163.com" : "gmail.com");
        } else if (english) {
            String prefix = Vocabulary.pick(random, Vocabulary.EN_PREFIXES);
            String[] ind = Vocabulary.EN_INDUSTRIES[random.nextInt(Vocabulary.EN_INDUSTRIES.length)];
            String first = random.nextInt(5) == 0 ? Vocabulary.pick(random, Vocabulary.EN_SURNAMES) + " & "
                    + Vocabulary.pick(random, Vocabulary.EN_SURNAMES) : prefix;
            name = first + " " + ind[0] + " " + Vocabulary.pick(random, Vocabulary.EN_SUFFIXES);
            industry = ind[1];
            domain = first.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + "-"
                    + ind[0].toLowerCase(Locale.ROOT).substring(0, Math.min(4, ind[0].length())) + ".com";
        } else {
            String trade = Vocabulary.pick(random, Vocabulary.TRADE_CHARS) + Vocabulary.pick(random, Vocabulary.TRADE_CHARS);
            String[] ind = Vocabulary.CN_INDUSTRIES[Integer.parseInt(Vocabulary.CN_INDUSTRY_INDEX.pick(random))];
            String suffix = Vocabulary.CN_SUFFIXES.pick(random);
            int form = random.nextInt(100);
            if (form < 65) {
                name = cityRow[0] + trade + ind[0] + suffix;
            } else if (form < 92) {
                name = trade + ind[0] + suffix;
            } else {
                name = trade + ind[0] + suffix + cityRow[0] + "分公司";
            }
            industry = ind[1];
            domain = Pinyin.of(trade, false).full() + (random.nextBoolean() ? ".com.cn" : ".com");
        }
        UUID id = uuid7(random, createdAt.toEpochMilli());
        Instant updatedAt = random.nextInt(100) < 30 ? createdAt : updatedAfter(random, createdAt);
        UUID parent = null;
        if (!individual && index > from + 10 && random.nextInt(100) < 4) {
            AccountInfo p = earlier[random.nextInt(index - from)];
            if (!p.individual()) {
                parent = p.id();
            }
        }
        String externalId = random.nextInt(10) == 0 ? String.format("ERP-C%07d", index + 1) : null;
        String phone;
        String fax = null;
        String region;
        String country;
        String province;
        String cityName;
        String address;
        String postal;
        String currency;
        if (english) {
            country = countryRow[0];
            region = "海外";
            province = null;
            cityName = countryRow[0].equals("United States") ? Vocabulary.pick(random, Vocabulary.EN_CITIES_US) : null;
            address = (1 + random.nextInt(999)) + " " + Vocabulary.pick(random, Vocabulary.EN_STREETS);
            postal = String.valueOf(10000 + random.nextInt(89999));
            phone = countryRow[1] + " " + (200 + random.nextInt(700)) + " " + (100 + random.nextInt(900)) + " "
                    + (1000 + random.nextInt(9000));
            currency = random.nextInt(4) == 0 ? "CNY" : countryRow[2];
        } else {
            country = "中国";
            region = cityRow[2];
            province = cityRow[1];
            cityName = cityRow[0];
            address = cityRow[0] + "市" + Vocabulary.pick(random, Vocabulary.DISTRICTS)
                    + Vocabulary.pick(random, Vocabulary.ROADS) + (1 + random.nextInt(999)) + "号";
            postal = cityRow[4] + String.format("%03d", random.nextInt(1000));
            phone = individual ? mobile(random) : landline(random, cityRow[3]);
            fax = !individual && random.nextInt(5) == 0 ? landline(random, cityRow[3]) : null;
            currency = "CNY";
        }
        String email = individual ? (english ? emailName(name) : Pinyin.of(name, true).full()) + random.nextInt(1000)
                + "@" + domain : (random.nextBoolean() ? "info@" : "sales@") + domain;
        String website = individual ? null : "www." + domain;
        String taxId = individual || english ? null : creditCode(random);
        String type = individual ? "end_customer" : pickCode(random, new String[] {"end_customer", "end_customer",
                "end_customer", "end_customer", "end_customer", "end_customer", "end_customer", "distributor",
                "partner", "supplier", "trader", "competitor"});
        String grade = random.nextInt(10) == 0 ? null : pickCode(random, new String[] {"A", "B", "B", "B", "C", "C", "C",
                "C", "D"});
        String status = pickCode(random, new String[] {"prospect", "prospect", "prospect", "active", "active", "active",
                "active", "active", "dormant", "lost"});
        String source = random.nextInt(10) == 0 ? null : pickCode(random, new String[] {"web", "phone", "email",
                "campaign", "walk_in", "referral", "trade_show", "partner", "import", "other"});
        String revenue = individual ? null : String.format(Locale.ROOT, "%.2f",
                Math.exp(13 + 2.5 * random.nextDouble() * random.nextDouble() * 3));
        Integer employees = individual ? null : (int) Math.exp(1.5 + random.nextDouble() * 7);
        String credit = !individual && random.nextInt(5) == 0 ? (50_000 * (1 + random.nextInt(40))) + ".00" : null;
        Integer terms = !individual && random.nextInt(5) < 2 ? new int[] {30, 45, 60, 90}[random.nextInt(4)] : null;
        List<String> tags = new ArrayList<>();
        if (random.nextInt(5) == 0) {
            tags.add(Vocabulary.pick(random, Vocabulary.TAGS));
            if (random.nextBoolean()) {
                String second = Vocabulary.pick(random, Vocabulary.TAGS);
                if (!tags.contains(second)) {
                    tags.add(second);
                }
            }
        }
        String description = random.nextInt(20) == 0 ? "年度框架协议客户，联系人变动频繁。Annual framework agreement." : null;

        Account entity = new Account(name);
        entity.setExternalId(externalId);
        entity.setIndividual(individual);
        entity.setRegion(region);
        entity.setCountry(country);
        entity.setProvince(province);
        entity.setCity(cityName);
        entity.setAddress(address);
        entity.setPostalCode(postal);
        entity.setPhone(phone);
        entity.setFax(fax);
        entity.setEmail(email);
        entity.setWebsite(website);
        entity.setCurrency(currency);
        entity.setTaxId(taxId);
        entity.setParentAccountId(parent);
        entity.setTags(tags);
        entity.setDescription(description);
        AppSearchKeys.Keys keys = AppSearchKeys.of(entity);

        UUID ownerId = owner == null ? null : owner.id();
        UUID departmentId = owner == null ? null : owner.departmentId();
        UUID actor = ownerId == null ? users.get(0).id() : ownerId;
        Copy.row(out, id, externalId, name, individual, type, industry, grade, status, source, ownerId, departmentId,
                region, country, province, cityName, address, postal, phone, fax, email, website, revenue, currency,
                employees, credit, terms, taxId, parent, Copy.array(tags), description, keys.text(),
                Copy.array(keys.tokens()), 0, createdAt, actor, updatedAt, actor);
        return new AccountInfo(id, ownerId, departmentId, createdAt, english, individual, domain, city, country,
                english ? countryRow[1] : Vocabulary.CITIES[city][3]);
    }

    private void contact(SplittableRandom random, long index, AccountInfo account, StringBuilder out) {
        boolean orphan = random.nextInt(100) < 2;
        boolean english = account.english() ? random.nextInt(10) < 8 : random.nextInt(50) == 0;
        boolean female = random.nextBoolean();
        String name = english ? englishPerson(random, female) : chinesePerson(random, female);
        Instant createdAt = account.createdAt().plus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)));
        if (createdAt.isAfter(CREATED_END)) {
            createdAt = CREATED_END.minusSeconds(random.nextInt(86_400));
        }
        createdAt = createdAt.plusNanos(random.nextInt(1000) * 1000L);
        Instant updatedAt = random.nextInt(100) < 40 ? createdAt : updatedAfter(random, createdAt);
        UUID id = uuid7(random, createdAt.toEpochMilli());
        String localPart = english ? emailName(name) : Pinyin.of(name, true).full();
        String email = random.nextInt(10) < 7 ? localPart + (random.nextInt(4) == 0 ? String.valueOf(random.nextInt(100)) : "")
                + "@" + account.domain() : null;
        String otherEmail = random.nextInt(20) == 0 ? localPart + random.nextInt(10_000) + "@163.com" : null;
        String mobile = english ? null : (random.nextInt(10) < 8 ? mobile(random) : null);
        String phone = random.nextInt(2) == 0 ? (account.english() ? account.phonePrefix() + " "
                + (200 + random.nextInt(700)) + " " + (1000 + random.nextInt(9000))
                : landline(random, account.phonePrefix()) + (random.nextInt(3) == 0 ? " 转 " + (100 + random.nextInt(900)) : ""))
                : null;
        if (english && account.english() && phone == null && random.nextBoolean()) {
            mobile = account.phonePrefix() + " 7" + (100 + random.nextInt(900)) + " " + (100_000 + random.nextInt(900_000));
        }
        String wechat = !english && random.nextInt(10) < 3 ? "wx_" + localPart + random.nextInt(1000) : null;
        String title = english ? Vocabulary.pick(random, Vocabulary.EN_TITLES) : Vocabulary.pick(random, Vocabulary.CN_TITLES);
        String department = random.nextInt(10) < 6 ? (english ? Vocabulary.pick(random, Vocabulary.EN_DEPARTMENTS)
                : Vocabulary.pick(random, Vocabulary.CN_DEPARTMENTS)) : null;
        String gender = random.nextInt(10) == 0 ? "unspecified" : (female ? "female" : "male");
        String decisionRole = random.nextInt(10) < 6 ? pickCode(random, new String[] {"decision_maker", "influencer",
                "evaluator", "user", "purchaser", "gatekeeper", "champion"}) : null;
        boolean key = random.nextInt(10) == 0;
        LocalDate birthday = random.nextInt(5) == 0 ? LocalDate.of(1960 + random.nextInt(42), 1 + random.nextInt(12),
                1 + random.nextInt(28)) : null;
        String externalId = random.nextInt(20) == 0 ? String.format("ERP-P%08d", index + 1) : null;

        Contact entity = new Contact(name);
        entity.setExternalId(externalId);
        entity.setAccountId(orphan ? null : account.id());
        entity.setTitle(title);
        entity.setDepartmentName(department);
        entity.setPhone(phone);
        entity.setMobile(mobile);
        entity.setEmail(email);
        entity.setOtherEmail(otherEmail);
        entity.setWechat(wechat);
        entity.setKeyDecisionMaker(key);
        entity.setBirthday(birthday);
        AppSearchKeys.Keys keys = AppSearchKeys.of(entity);

        UUID ownerId = account.ownerId();
        UUID actor = ownerId == null ? users.get(0).id() : ownerId;
        Copy.row(out, id, externalId, orphan ? null : account.id(), name, gender, title, department, phone, mobile,
                email, otherEmail, wechat, decisionRole, key, birthday, null, null, ownerId, account.departmentId(),
                keys.text(), Copy.array(keys.tokens()), 0, createdAt, actor, updatedAt, actor);
    }

    private static Instant updatedAfter(SplittableRandom random, Instant createdAt) {
        long room = LAST_UPDATE.toEpochMilli() - createdAt.toEpochMilli();
        double u = random.nextDouble();
        return LAST_UPDATE.minusMillis((long) (room * u * u)).minusNanos(random.nextInt(1_000_000) / 1000 * 1000L)
                .truncatedTo(ChronoUnit.MICROS);
    }

    // ---- names and numbers ------------------------------------------------------------------------

    static String chinesePerson(SplittableRandom random, boolean female) {
        String surname = Vocabulary.SURNAMES.pick(random);
        int form = random.nextInt(100);
        String given;
        if (form < 45) { // 张伟, 王芳: one given character
            given = (female ? Vocabulary.FEMALE_GIVEN_ONE : Vocabulary.MALE_GIVEN_ONE).pick(random);
        } else if (form < 75) {
            given = Vocabulary.pick(random, female ? Vocabulary.FEMALE_GIVEN_TWO : Vocabulary.MALE_GIVEN_TWO);
        } else {
            Vocabulary.Weighted pool = female ? Vocabulary.FEMALE_GIVEN_ONE : Vocabulary.MALE_GIVEN_ONE;
            given = pool.pick(random) + pool.pick(random);
        }
        return surname + given;
    }

    static String englishPerson(SplittableRandom random, boolean female) {
        return Vocabulary.pick(random, female ? Vocabulary.EN_FEMALE : Vocabulary.EN_MALE) + " "
                + Vocabulary.pick(random, Vocabulary.EN_SURNAMES);
    }

    private static String emailName(String englishName) {
        return englishName.toLowerCase(Locale.ROOT).replace("ü", "ue").replace(' ', '.').replaceAll("[^a-z.]", "");
    }

    static String mobile(SplittableRandom random) {
        String[] prefixes = {"130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
                "158", "159", "166", "177", "180", "181", "182", "185", "186", "187", "188", "189", "199"};
        String digits = Vocabulary.pick(random, prefixes) + String.format("%08d", random.nextInt(100_000_000));
        return random.nextBoolean() ? digits : digits.substring(0, 3) + " " + digits.substring(3, 7) + " " + digits.substring(7);
    }

    private static String landline(SplittableRandom random, String areaCode) {
        int length = areaCode.length() == 3 ? 8 : 7 + random.nextInt(2);
        int first = 2 + random.nextInt(7);
        StringBuilder n = new StringBuilder().append(first);
        for (int i = 1; i < length; i++) {
            n.append(random.nextInt(10));
        }
        return areaCode + "-" + n;
    }

    private static String creditCode(SplittableRandom random) {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder s = new StringBuilder("91");
        for (int i = 0; i < 16; i++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private static String pickCode(SplittableRandom random, String[] codes) {
        return codes[random.nextInt(codes.length)];
    }

    /** A version 7 UUID for the given time, as dev.guanxi.shared.jpa.UuidV7 makes, with seeded random bits. */
    static UUID uuid7(SplittableRandom random, long millis) {
        long most = (millis << 16) | (0x7L << 12) | random.nextInt(1 << 12);
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    static double secs(long nanos) {
        return nanos / 1e9;
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static void log(String format, Object... args) {
        System.out.printf("[%s] %s%n", java.time.LocalTime.now().truncatedTo(ChronoUnit.SECONDS),
                String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
