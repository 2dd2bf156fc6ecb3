package guanxibench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sales scenarios (issue 3): the pipeline board and the funnel of a department as its sales
 * manager sees them, and the pipeline report for a manager's department and for the whole company.
 * Each sales manager asks for the department they manage (departmentId = their department, which the
 * application widens to its subtree), as a manager does when opening the board or the funnel.
 */
final class SalesCases {

    /** Board columns hold this many cards (BoardController.CARDS_PER_COLUMN). */
    static final int CARDS_PER_COLUMN = 40;

    private SalesCases() {
    }

    static boolean present(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select exists (select 1 from opportunities)")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /**
     * @param managers sales managers with their department subtree ("departments") already looked up
     * @param sessions SESSION cookie per manager (the board is an HTML page)
     */
    static List<Prepare.Scenario> scenarios(Connection db, String adminToken, List<Prepare.User> managers,
                                            Map<UUID, List<String>> subtrees, Map<UUID, String> sessions) throws SQLException {
        UUID process = defaultProcess(db);
        List<UUID> openStages = openStages(db, process);
        List<Prepare.Case> board = new ArrayList<>();
        List<Prepare.Case> funnel = new ArrayList<>();
        List<Prepare.Case> pipeline = new ArrayList<>();
        for (Prepare.User m : managers) {
            List<String> subtree = subtrees.get(m.id());
            Map<String, Object> vars = new LinkedHashMap<>();
            vars.put("owner", m.id().toString());
            vars.put("departments", subtree);
            vars.put("process", process.toString());
            vars.put("status", "open");
            Map<String, Object> boardVars = new LinkedHashMap<>(vars);
            for (int i = 0; i < openStages.size(); i++) {
                boardVars.put("stage" + i, openStages.get(i).toString());
            }
            boardVars.put("cards", "{" + String.join(",", cards(db, m.id(), subtree, process, openStages)) + "}");
            board.add(new Prepare.Case("GET", "/opportunities/board?departmentId=" + m.departmentId(), null,
                    List.of("HX-Request: true", "Cookie: SESSION=" + sessions.get(m.id())), boardVars));
            funnel.add(new Prepare.Case("GET", "/api/v1/reports/funnel?departmentId=" + m.departmentId(), null,
                    List.of("Authorization: Bearer " + m.token()), vars));
            pipeline.add(new Prepare.Case("GET", "/api/v1/reports/pipeline?departmentId=" + m.departmentId(), null,
                    List.of("Authorization: Bearer " + m.token()), vars));
        }
        List<Prepare.Scenario> scenarios = new ArrayList<>();
        scenarios.add(new Prepare.Scenario("board-manager", "board_manager.sql", String.valueOf(CARDS_PER_COLUMN),
                "Pipeline board of the manager's department (HTML, 9 columns x 40 cards + totals), sales managers", board));
        scenarios.add(new Prepare.Scenario("funnel-manager", "funnel_manager.sql", "0",
                "Funnel report of the manager's department (GET /api/v1/reports/funnel?departmentId=), sales managers", funnel));
        scenarios.add(new Prepare.Scenario("pipeline-manager", "pipeline_manager.sql", "0",
                "Pipeline report of the manager's department (GET /api/v1/reports/pipeline?departmentId=), sales managers",
                pipeline));
        scenarios.add(new Prepare.Scenario("pipeline-admin", "pipeline_admin.sql", "0",
                "Pipeline report of the whole company (GET /api/v1/reports/pipeline), administrator",
                List.of(new Prepare.Case("GET", "/api/v1/reports/pipeline", null,
                        List.of("Authorization: Bearer " + adminToken), Map.of("process", process.toString(), "status", "open")))));
        return scenarios;
    }

    private static UUID defaultProcess(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select id from sales_processes where is_default")) {
            rs.next();
            return rs.getObject(1, UUID.class);
        }
    }

    private static List<UUID> openStages(Connection db, UUID process) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(
                "select id from sales_stages where process_id = ? and outcome = 'open' and active order by position")) {
            s.setObject(1, process);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    /** The deals on the manager's board (the buying-committee warnings are looked up for them). */
    private static List<String> cards(Connection db, UUID owner, List<String> subtree, UUID process, List<UUID> stages)
            throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("""
                select o.id from opportunities o
                where o.deleted_at is null and (o.department_id = any (?::uuid[]) or o.owner_id = ?) and o.process_id = ?
                  and o.status = 'open' and o.department_id = any (?::uuid[]) and o.stage_id = ?
                order by o.amount desc, o.id limit ?""")) {
            java.sql.Array departments = db.createArrayOf("uuid", subtree.toArray());
            for (UUID stage : stages) {
                s.setArray(1, departments);
                s.setObject(2, owner);
                s.setObject(3, process);
                s.setArray(4, departments);
                s.setObject(5, stage);
                s.setInt(6, CARDS_PER_COLUMN);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
        }
        return ids;
    }
}
