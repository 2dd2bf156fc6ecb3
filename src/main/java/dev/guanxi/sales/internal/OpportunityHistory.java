package dev.guanxi.sales.internal;

import static dev.guanxi.shared.history.ChangeHistory.label;

import dev.guanxi.customer.Accounts;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.shared.history.ChangeHistory;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who changed what on an opportunity, and when (the stage history has its own, more exact record). */
@Service
public class OpportunityHistory {

    private static final Map<String, Function<Opportunity, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("name", Opportunity::getName);
        FIELDS.put("accountId", Opportunity::getAccountId);
        FIELDS.put("stageId", Opportunity::getStageId);
        FIELDS.put("status", o -> label("opportunity.status.", o.getStatus()));
        FIELDS.put("amount", Opportunity::getAmount);
        FIELDS.put("currency", Opportunity::getCurrency);
        FIELDS.put("probability", Opportunity::getProbability);
        FIELDS.put("expectedCloseDate", Opportunity::getExpectedCloseDate);
        FIELDS.put("closeDate", Opportunity::getCloseDate);
        FIELDS.put("source", o -> label("opportunity.source.", o.getSource()));
        FIELDS.put("salesMethod", o -> label("opportunity.method.", o.getSalesMethod()));
        FIELDS.put("forecastCategory", o -> label("opportunity.forecast-category.", o.getForecastCategory()));
        FIELDS.put("winReason", Opportunity::getWinReason);
        FIELDS.put("lossReason", Opportunity::getLossReason);
        FIELDS.put("ownerId", Opportunity::getOwnerId);
        FIELDS.put("description", Opportunity::getDescription);
        FIELDS.put("deleted", o -> o.getDeletedAt() == null ? null : new ChangeHistory.Label("history.deleted"));
    }

    private final ChangeHistory history;
    private final OpportunityAccess access;
    private final UserDirectory users;
    private final Accounts accounts;
    private final SalesProcesses processes;

    OpportunityHistory(ChangeHistory history, OpportunityAccess access, UserDirectory users, Accounts accounts,
                       SalesProcesses processes) {
        this.history = history;
        this.access = access;
        this.users = users;
        this.accounts = accounts;
        this.processes = processes;
    }

    @Transactional(readOnly = true)
    public List<ChangeHistory.Entry> of(UUID opportunityId, int limit) {
        access.readable(opportunityId);
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return history.present(Opportunity.class, opportunityId, FIELDS, "opportunity.field.", ids -> {
            Map<UUID, String> names = new HashMap<>();
            users.findAll(ids).forEach((id, user) -> names.put(id, user.name()));
            accounts.findReadable(ids).forEach((id, account) -> names.put(id, account.name()));
            processes.allStages().forEach((id, stage) -> {
                if (ids.contains(id)) {
                    names.put(id, stage.name(locale));
                }
            });
            return names;
        }, limit);
    }
}
