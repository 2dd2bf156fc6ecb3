package dev.guanxi.sales.web;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.sales.internal.FunnelReport;
import dev.guanxi.sales.internal.OpportunityFilter;
import dev.guanxi.sales.internal.OpportunityStatus;
import dev.guanxi.sales.internal.SalesProcesses;
import dev.guanxi.shared.problem.BadRequestException;
import dev.guanxi.shared.values.CodedEnum;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Query parameters of the opportunity list, board and reports → filter; malformed values are a 400. */
@Component
class OpportunityFilterParameters {

    static final List<String> NAMES = List.of("q", "accountId", "process", "stage", "status", "ownerId", "departmentId",
            "teamId", "from", "to", "sort");

    private final UserDirectory users;
    private final SalesProcesses processes;

    OpportunityFilterParameters(UserDirectory users, SalesProcesses processes) {
        this.users = users;
        this.processes = processes;
    }

    OpportunityFilter parse(Map<String, String> params) {
        CurrentUser me = CurrentUser.require();
        SalesProcesses.ProcessView process = process(params.get("process"));
        UUID stageId = null;
        String stage = params.get("stage");
        if (stage != null && !stage.isBlank()) {
            SalesProcesses.ProcessView of = process == null ? processes.defaultProcess() : process;
            stageId = of.stages().stream().filter(s -> s.getCode().equals(stage)).findFirst()
                    .orElseThrow(() -> new BadRequestException("problem.filter.invalid", "stage")).getId();
        }
        String status = params.get("status");
        return new OpportunityFilter(text(params.get("q")), uuid(params.get("accountId"), "accountId"),
                process == null ? null : process.process().getId(), stageId,
                status == null || status.isBlank() ? null : CodedEnum.fromCode(OpportunityStatus.class, status)
                        .orElseThrow(() -> new BadRequestException("problem.filter.invalid", "status")),
                "me".equals(params.get("ownerId")) ? me.id() : uuid(params.get("ownerId"), "ownerId"),
                departments(params.get("departmentId"), me), date(params.get("from"), "from"), date(params.get("to"), "to"),
                uuid(params.get("teamId"), "teamId"));
    }

    /** The funnel's filters: process, period, and whose deals (rep, department, team, product, region). */
    FunnelReport.Criteria funnelCriteria(Map<String, String> params) {
        CurrentUser me = CurrentUser.require();
        SalesProcesses.ProcessView process = process(params.get("process"));
        LocalDate from = date(params.get("from"), "from");
        LocalDate to = date(params.get("to"), "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequestException("problem.filter.invalid", "from");
        }
        String region = text(params.get("region"));
        if (region != null && region.length() > 100) {
            throw new BadRequestException("problem.filter.invalid", "region");
        }
        return new FunnelReport.Criteria(process == null ? null : process.process().getId(), from, to,
                "me".equals(params.get("ownerId")) ? me.id() : uuid(params.get("ownerId"), "ownerId"),
                departments(params.get("departmentId"), me), uuid(params.get("teamId"), "teamId"),
                uuid(params.get("productId"), "productId"), region);
    }

    SalesProcesses.ProcessView process(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return processes.all().stream().filter(p -> p.process().getCode().equals(code)).findFirst()
                .orElseThrow(() -> new BadRequestException("problem.filter.invalid", "process"));
    }

    List<UUID> departments(String value, CurrentUser me) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        UUID root = "mine".equals(value) ? me.departmentId() : uuid(value, "departmentId");
        return root == null ? List.of(new UUID(0, 0)) : users.subtreeOf(root);
    }

    static LocalDate date(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("problem.filter.invalid", name);
        }
    }

    static UUID uuid(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("problem.filter.invalid", name);
        }
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
