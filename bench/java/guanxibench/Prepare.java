package guanxibench;

import dev.guanxi.customer.internal.Account;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares one benchmark run against the loaded database and the running application: signs in
 * (API token for the administrator, form login for the HTML search box), picks the users, cursors,
 * ids and search terms of each scenario, and writes for every scenario
 * <ul>
 *   <li>{@code wrk/<scenario>.tsv}: the HTTP requests (method, path, body, headers) wrk picks from at random;</li>
 *   <li>{@code pgbench/<scenario>/NN.sql} + {@code pgbench/<scenario>.args}: the same cases as pgbench scripts
 *       (one script per case, values passed as -D variables so they are bound parameters, as in the app).</li>
 * </ul>
 * Each scenario's first request is sent once as a check (a 2xx status is required; a 5xx, e.g. a statement
 * timeout, is reported and the scenario is measured anyway).
 */
public final class Prepare {

    record User(UUID id, String email, String name, String roles, UUID departmentId, String token) {
    }

    record Case(String method, String path, String body, List<String> headers, Map<String, Object> vars) {
    }

    record Scenario(String name, String template, String limit, String title, List<Case> cases) {
    }

    private final Map<String, String> options;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final Path out;
    private final Path sqlDir;
    private final long seed;

    private Prepare(Map<String, String> options) {
        this.options = options;
        this.base = options.getOrDefault("base", "http://127.0.0.1:8095");
        this.out = Path.of(options.getOrDefault("out", "/tmp/gx-bench-work/run"));
        this.sqlDir = Path.of(options.getOrDefault("sql", "bench/sql"));
        this.seed = Long.parseLong(options.getOrDefault("seed", "20261125"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new Prepare(options).run();
    }

    private void run() throws Exception {
        Files.createDirectories(out.resolve("wrk"));
        Files.createDirectories(out.resolve("pgbench"));
        List<User> users = readUsers(Path.of(options.getOrDefault("data", "/tmp/gx-bench-work/data")).resolve("users.tsv"));
        String adminEmail = options.getOrDefault("admin-email", "admin@bench.test");
        String adminPassword = options.getOrDefault("admin-password", "bench-admin-1");
        User admin = users.stream().filter(u -> u.email().equalsIgnoreCase(adminEmail)).findFirst().orElseThrow();
        String adminToken = apiToken(adminEmail, adminPassword);

        Random random = new Random(seed);
        List<User> reps = new ArrayList<>(users.stream().filter(u -> u.roles().equals("sales_rep")).toList());
        Collections.shuffle(reps, random);
        reps = reps.subList(0, Math.min(32, reps.size()));
        List<User> managers = users.stream().filter(u -> u.roles().equals("sales_manager")).toList();
        List<String> terms = Files.readAllLines(Path.of(options.getOrDefault("terms", "bench/search-terms.txt"))).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();

        List<Scenario> scenarios = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(options.getOrDefault("url",
                "jdbc:postgresql://127.0.0.1:5432/guanxi_bench"), options.getOrDefault("user", "postgres"),
                options.getOrDefault("password", ""))) {
            scenarios.add(new Scenario("list-admin", "list.sql", "51",
                    "Account list, page 1 (50 rows, owner/department/parent joins), administrator",
                    List.of(get("/api/v1/accounts?limit=50", bearer(adminToken), Map.of()))));
            List<Case> managerCases = new ArrayList<>();
            for (User m : managers) {
                managerCases.add(get("/api/v1/accounts?limit=50", bearer(m.token()),
                        Map.of("owner", m.id().toString(), "departments", subtree(db, m.id()))));
            }
            scenarios.add(new Scenario("list-manager", "list_manager.sql", "51",
                    "Account list, page 1, sales managers (department subtree)", managerCases));
            List<Case> repCases = new ArrayList<>();
            for (User r : reps) {
                repCases.add(get("/api/v1/accounts?limit=50", bearer(r.token()), Map.of("owner", r.id().toString())));
            }
            scenarios.add(new Scenario("list-rep", "list_rep.sql", "51", "Account list, page 1, sales reps (own)",
                    repCases));
            List<Case> deep = new ArrayList<>();
            int middle = deepPage(db);
            for (int page = middle - 10; page <= middle + 10; page++) {
                String[] cursor = cursorBefore(db, page);
                String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(
                        ("-updatedAt\n" + cursor[0] + "\n" + cursor[1]).getBytes(StandardCharsets.UTF_8));
                deep.add(get("/api/v1/accounts?limit=50&cursor=" + encoded, bearer(adminToken),
                        Map.of("cursor_value", cursor[0], "cursor_id", cursor[1])));
            }
            scenarios.add(new Scenario("page10000-admin", "list_cursor.sql", "51", String.format(Locale.ROOT,
                    "Account list, pages %,d-%,d (rows ~%,d), administrator", middle - 10, middle + 10, middle * 50), deep));

            List<Case> searchAdmin = new ArrayList<>();
            for (String term : terms) {
                searchAdmin.add(get("/api/v1/accounts?limit=10&q=" + encode(term), bearer(adminToken),
                        Map.of("term", term)));
            }
            scenarios.add(new Scenario("search-api-admin", "search_api.sql", "11",
                    "Search, 2-character term, API list ?q= (limit 10), administrator", searchAdmin));
            List<Case> searchRep = new ArrayList<>();
            for (int i = 0; i < 96; i++) {
                User r = reps.get(i % reps.size());
                String term = terms.get(random.nextInt(terms.size()));
                searchRep.add(get("/api/v1/accounts?limit=10&q=" + encode(term), bearer(r.token()),
                        Map.of("owner", r.id().toString(), "term", term)));
            }
            scenarios.add(new Scenario("search-api-rep", "search_api_rep.sql", "11",
                    "Search, 2-character term, API list ?q= (limit 10), sales reps", searchRep));

            String adminSession = login(adminEmail, adminPassword);
            List<Case> boxAdmin = new ArrayList<>();
            for (String term : terms) {
                boxAdmin.add(new Case("GET", "/search?q=" + encode(term), null,
                        List.of("HX-Request: true", "Cookie: SESSION=" + adminSession),
                        Map.of("term", term, "prefix", term + "%")));
            }
            scenarios.add(new Scenario("search-box-admin", "search_box.sql", "5",
                    "Search-as-you-type box (HTML fragment, accounts + contacts, prefix then token), administrator",
                    boxAdmin));
            List<Case> boxRep = new ArrayList<>();
            Map<UUID, String> repSessions = new LinkedHashMap<>();
            for (User r : reps) {
                repSessions.put(r.id(), login(r.email(), adminPassword));
            }
            for (int i = 0; i < 96; i++) {
                User r = reps.get(i % reps.size());
                String term = terms.get(random.nextInt(terms.size()));
                boxRep.add(new Case("GET", "/search?q=" + encode(term), null,
                        List.of("HX-Request: true", "Cookie: SESSION=" + repSessions.get(r.id())),
                        Map.of("owner", r.id().toString(), "term", term, "prefix", term + "%")));
            }
            scenarios.add(new Scenario("search-box-rep", "search_box_rep.sql", "5",
                    "Search-as-you-type box (HTML fragment), sales reps", boxRep));

            List<Case> pages = new ArrayList<>();
            for (String id : sampleIds(db, 100)) {
                pages.add(get("/api/v1/accounts/" + id, bearer(adminToken), Map.of("id", id)));
            }
            scenarios.add(new Scenario("account-admin", "account.sql", "1",
                    "Account by id (GET /api/v1/accounts/{id}), administrator", pages));

            scenarios.add(new Scenario("create-rep", "create.sql", "1",
                    "Create account (POST /api/v1/accounts), sales reps", creates(reps)));
            writeTermStats(db, terms);

            if (SalesCases.present(db)) {
                Map<UUID, List<String>> subtrees = new LinkedHashMap<>();
                Map<UUID, String> managerSessions = new LinkedHashMap<>();
                for (User m : managers) {
                    subtrees.put(m.id(), subtree(db, m.id()));
                    managerSessions.put(m.id(), login(m.email(), adminPassword));
                }
                scenarios.addAll(SalesCases.scenarios(db, adminToken, managers, subtrees, managerSessions));
            }
        }

        StringBuilder index = new StringBuilder();
        for (Scenario s : scenarios) {
            write(s);
            check(s);
            index.append(s.name()).append('\t').append(s.cases().size()).append('\t').append(s.title()).append('\n');
        }
        Files.writeString(out.resolve("scenarios.tsv"), index);
        System.out.println("prepared " + scenarios.size() + " scenarios in " + out);
    }

    // ---- inputs -----------------------------------------------------------------------------------

    private static List<User> readUsers(Path file) throws Exception {
        List<User> users = new ArrayList<>();
        for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
            String[] f = line.split("\t", -1);
            users.add(new User(UUID.fromString(f[0]), f[1], f[2], f[3], f[4].isEmpty() ? null : UUID.fromString(f[4]), f[5]));
        }
        return users;
    }

    private static List<String> subtree(Connection db, UUID userId) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("""
                with recursive subtree(id) as (
                    select u.department_id from users u where u.id = ? and u.department_id is not null
                    union
                    select d.id from departments d join subtree s on d.parent_id = s.id
                )
                select array(select id from subtree)""")) {
            s.setObject(1, userId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                Array array = rs.getArray(1);
                List<String> ids = new ArrayList<>();
                for (Object id : (Object[]) array.getArray()) {
                    ids.add(id.toString());
                }
                return ids;
            }
        }
    }

    /** Page 10,000, or the middle page of a smaller data set. */
    private static int deepPage(Connection db) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "select count(*) from accounts where deleted_at is null and owner_id is not null");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return (int) Math.max(12, Math.min(10_000, rs.getLong(1) / 50 / 2));
        }
    }

    /** Sort value and id of the last row before {@code page} (50 rows a page) in the administrator's list. */
    private static String[] cursorBefore(Connection db, int page) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("""
                select a.updated_at, a.id from accounts a where a.deleted_at is null and a.owner_id is not null
                order by a.updated_at desc, a.id desc offset ? limit 1""")) {
            s.setInt(1, (page - 1) * 50 - 1);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return new String[] {rs.getObject(1, OffsetDateTime.class).toInstant().toString(), rs.getString(2)};
            }
        }
    }

    private List<String> sampleIds(Connection db, int count) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("""
                select id from accounts tablesample bernoulli (0.05) repeatable (?) where deleted_at is null
                order by id limit ?""")) {
            s.setLong(1, seed);
            s.setInt(2, count);
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }

    private List<Case> creates(List<User> reps) {
        SplittableRandom random = new SplittableRandom(seed + 7);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            User rep = reps.get(i % reps.size());
            String[] city = Vocabulary.CITIES[Integer.parseInt(Vocabulary.CITY_INDEX.pick(random))];
            String name;
            String industry;
            if (random.nextInt(10) < 7) {
                String[] ind = Vocabulary.CN_INDUSTRIES[Integer.parseInt(Vocabulary.CN_INDUSTRY_INDEX.pick(random))];
                name = city[0] + Vocabulary.pick(random, Vocabulary.TRADE_CHARS) + Vocabulary.pick(random, Vocabulary.TRADE_CHARS)
                        + ind[0] + Vocabulary.CN_SUFFIXES.pick(random);
                industry = ind[1];
            } else {
                String[] ind = Vocabulary.EN_INDUSTRIES[random.nextInt(Vocabulary.EN_INDUSTRIES.length)];
                name = Vocabulary.pick(random, Vocabulary.EN_PREFIXES) + " " + ind[0] + " "
                        + Vocabulary.pick(random, Vocabulary.EN_SUFFIXES);
                industry = ind[1];
            }
            String phone = city[3] + "-" + (2 + random.nextInt(7)) + String.format("%07d", random.nextInt(10_000_000));
            Account entity = new Account(name);
            entity.setPhone(phone);
            entity.setCity(city[0]);
            AppSearchKeys.Keys keys = AppSearchKeys.of(entity);
            String body = "{\"name\":" + json(name) + ",\"type\":\"end_customer\",\"status\":\"active\",\"industry\":"
                    + json(industry) + ",\"city\":" + json(city[0]) + ",\"phone\":" + json(phone) + "}";
            Map<String, Object> vars = new LinkedHashMap<>();
            vars.put("owner", rep.id().toString());
            vars.put("owner_name", rep.name());
            vars.put("department", rep.departmentId().toString());
            vars.put("name", name);
            vars.put("city", city[0]);
            vars.put("industry", industry);
            vars.put("phone", phone);
            vars.put("search_text", keys.text());
            vars.put("search_tokens", Copy.array(keys.tokens()).literal());
            cases.add(new Case("POST", "/api/v1/accounts", body,
                    List.of("Authorization: Bearer " + rep.token(), "Content-Type: application/json"), vars));
        }
        return cases;
    }

    private void writeTermStats(Connection db, List<String> terms) throws SQLException {
        StringBuilder tsv = new StringBuilder("term\taccounts_token\taccounts_prefix\tcontacts_token\tcontacts_prefix\n");
        for (String term : terms) {
            tsv.append(term);
            for (String sql : List.of(
                    "select count(*) from accounts where deleted_at is null and search_tokens @> array[cast(? as text)]",
                    "select count(*) from accounts where deleted_at is null and lower(name) like ?",
                    "select count(*) from contacts where deleted_at is null and search_tokens @> array[cast(? as text)]",
                    "select count(*) from contacts where deleted_at is null and lower(name) like ?")) {
                try (PreparedStatement s = db.prepareStatement(sql)) {
                    s.setString(1, sql.contains("like") ? term + "%" : term);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        tsv.append('\t').append(rs.getLong(1));
                    }
                }
            }
            tsv.append('\n');
        }
        try {
            Files.writeString(out.resolve("terms.tsv"), tsv);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- HTTP -------------------------------------------------------------------------------------

    private String apiToken(String email, String password) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":" + json(email) + ",\"password\":" + json(password) + "}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("token login failed: " + response.statusCode() + " " + response.body());
        }
        return m.group(1);
    }

    /** Form login as the browser does it; returns the SESSION cookie of the signed-in session. */
    private String login(String email, String password) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on /login");
        }
        String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "SESSION=" + sessionCookie(page))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("form login of " + email + " failed: " + response.statusCode() + " " + location);
        }
        return sessionCookie(response);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        for (String cookie : response.headers().allValues("Set-Cookie")) {
            if (cookie.startsWith("SESSION=")) {
                return cookie.substring(8, cookie.indexOf(';') > 0 ? cookie.indexOf(';') : cookie.length());
            }
        }
        throw new IllegalStateException("no SESSION cookie in " + response.headers().map());
    }

    private void check(Scenario s) throws Exception {
        Case c = s.cases().get(0);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + c.path()))
                .method(c.method(), c.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(c.body()));
        for (String h : c.headers()) {
            int colon = h.indexOf(':');
            request.header(h.substring(0, colon), h.substring(colon + 1).strip());
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 == 5) {
            // measured anyway: a failing or timed-out request is what the benchmark must show, not hide
            System.out.printf(Locale.ROOT, "check %-17s %s %d (server error; measured anyway, counted as errors)%n",
                    s.name(), c.method(), response.statusCode());
            return;
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(s.name() + ": " + c.method() + " " + c.path() + " answered "
                    + response.statusCode() + " " + response.body());
        }
        String body = response.body().replaceAll("\\s+", " ");
        System.out.printf(Locale.ROOT, "check %-17s %s %d, %d bytes: %s%n", s.name(), c.method(), response.statusCode(),
                response.body().length(), body.substring(0, Math.min(110, body.length())));
    }

    private static Case get(String path, String authorization, Map<String, Object> vars) {
        return new Case("GET", path, null, List.of(authorization), vars);
    }

    private static String bearer(String token) {
        return "Authorization: Bearer " + token;
    }

    // ---- output -----------------------------------------------------------------------------------

    private static final Pattern VARIABLE = Pattern.compile("(?<!:):(@?)([A-Za-z_][A-Za-z0-9_]*)");

    private void write(Scenario s) throws Exception {
        StringBuilder requests = new StringBuilder();
        for (Case c : s.cases()) {
            requests.append(c.method()).append('\t').append(c.path()).append('\t').append(c.body() == null ? "-" : c.body());
            for (String h : c.headers()) {
                requests.append('\t').append(h);
            }
            requests.append('\n');
        }
        Files.writeString(out.resolve("wrk").resolve(s.name() + ".tsv"), requests);

        String template = Files.readString(sqlDir.resolve(s.template()));
        Path dir = out.resolve("pgbench").resolve(s.name());
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path p : old.toList()) {
                Files.delete(p);
            }
        }
        List<String> args = new ArrayList<>();
        args.add("-Dlimit=" + s.limit());
        for (int k = 0; k < s.cases().size(); k++) {
            Map<String, Object> vars = s.cases().get(k).vars();
            String suffix = "_" + k;
            Matcher m = VARIABLE.matcher(template);
            StringBuilder script = new StringBuilder();
            while (m.find()) {
                String name = m.group(2);
                Object value = vars.get(name);
                String replacement;
                if (value == null) {
                    replacement = m.group(0);
                } else if (value instanceof List<?> list) {
                    List<String> names = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        names.add(":" + name + suffix + "_" + i);
                        args.add("-D" + name + suffix + "_" + i + "=" + list.get(i));
                    }
                    replacement = String.join(", ", names);
                } else {
                    replacement = ":" + name + suffix;
                }
                m.appendReplacement(script, Matcher.quoteReplacement(replacement));
            }
            m.appendTail(script);
            vars.forEach((name, value) -> {
                if (!(value instanceof List<?>)) {
                    args.add("-D" + name + suffix + "=" + value);
                }
            });
            Files.writeString(dir.resolve(String.format("%03d.sql", k)), script);
        }
        Files.write(out.resolve("pgbench").resolve(s.name() + ".args"), args);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String json(String value) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
