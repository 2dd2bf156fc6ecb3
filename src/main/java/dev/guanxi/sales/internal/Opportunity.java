package dev.guanxi.sales.internal;

import dev.guanxi.shared.jpa.RecordBase;
import dev.guanxi.shared.search.SearchKeys;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/**
 * A sales opportunity (销售机会) at an account. Its stage moves along its sales process; every move
 * is recorded in the stage history. Closing it won or lost moves it to the process's won or lost
 * stage; a loss needs a reason (成败原因).
 */
@Entity
@Table(name = "opportunities")
@Audited
public class Opportunity extends RecordBase {

    @Column(name = "external_id")
    private String externalId;
    @Column(nullable = false)
    private String name;
    private String description;
    @Column(name = "account_id", nullable = false)
    private UUID accountId;
    @Column(name = "process_id", nullable = false)
    private UUID processId;
    @Column(name = "stage_id", nullable = false)
    private UUID stageId;
    @Column(nullable = false)
    private OpportunityStatus status = OpportunityStatus.OPEN;
    @Column(nullable = false)
    private BigDecimal amount = BigDecimal.ZERO;
    @Column(nullable = false)
    private String currency = "CNY";
    @Column(name = "amount_from_lines")
    private boolean amountFromLines;
    private int probability;
    @Column(name = "expected_close_date")
    private LocalDate expectedCloseDate;
    @Column(name = "close_date")
    private LocalDate closeDate;
    private OpportunitySource source;
    @Column(name = "sales_method")
    private SalesMethod salesMethod;
    @Column(name = "forecast_category", nullable = false)
    private ForecastCategory forecastCategory = ForecastCategory.PIPELINE;
    @Column(name = "win_reason")
    private String winReason;
    @Column(name = "loss_reason")
    private String lossReason;
    @NotAudited
    @Column(name = "lead_id")
    private UUID leadId;
    @NotAudited
    @Column(name = "stage_entered_at", nullable = false)
    private Instant stageEnteredAt;
    @NotAudited
    @Column(name = "last_activity_at")
    private Instant lastActivityAt;
    @Column(name = "owner_id")
    private UUID ownerId;
    @Column(name = "department_id")
    private UUID departmentId;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @NotAudited
    @Column(name = "deleted_by")
    private UUID deletedBy;
    @NotAudited
    @Column(name = "search_text", nullable = false)
    private String searchText;
    @NotAudited
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "search_tokens", columnDefinition = "text[]", nullable = false)
    private List<String> searchTokens = new ArrayList<>();

    @NotAudited
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "opportunity_id", insertable = false, updatable = false)
    @OrderBy("position")
    private List<OpportunityLine> lines = new ArrayList<>();

    protected Opportunity() {
    }

    Opportunity(String name, UUID accountId, SalesStage firstStage) {
        this.name = name;
        this.accountId = accountId;
        this.processId = firstStage.getProcessId();
        this.stageId = firstStage.getId();
        this.probability = firstStage.getProbability();
        this.stageEnteredAt = Instant.now();
    }

    @PrePersist
    @PreUpdate
    void refreshSearchKeys() {
        SearchKeys keys = SearchKeys.of(name, false, List.of(), java.util.Arrays.asList(externalId));
        searchText = keys.text();
        searchTokens = new ArrayList<>(keys.tokens());
    }

    /** Moves to {@code stage}; the caller records the change. Reaching won or lost closes the deal. */
    void moveTo(SalesStage stage, Instant at, LocalDate today) {
        this.stageId = stage.getId();
        this.probability = stage.getProbability();
        this.stageEnteredAt = at;
        this.status = switch (stage.getOutcome()) {
            case OPEN -> OpportunityStatus.OPEN;
            case WON -> OpportunityStatus.WON;
            case LOST -> OpportunityStatus.LOST;
        };
        this.closeDate = stage.isOpen() ? null : today;
        if (stage.isOpen()) {
            this.winReason = null;
            this.lossReason = null;
        }
    }

    void closeWon(String reason) {
        this.winReason = reason;
        this.lossReason = null;
    }

    void closeLost(String reason) {
        this.lossReason = reason;
        this.winReason = null;
    }

    /** Replaces the product lines; with lines the amount is their sum. */
    void replaceLines(List<OpportunityLine> newLines) {
        lines.clear();
        lines.addAll(newLines);
        amountFromLines = !newLines.isEmpty();
        if (amountFromLines) {
            amount = newLines.stream().map(OpportunityLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** A deal of the past ({@link HistoricalDeals}): opened and last changed then, not now. Before it is first saved. */
    void openedAt(Instant createdAt, Instant lastChangedAt) {
        backdate(createdAt, lastChangedAt);
    }

    void assignTo(UUID ownerId, UUID departmentId) {
        this.ownerId = ownerId;
        this.departmentId = departmentId;
    }

    void markDeleted(UUID by) {
        deletedAt = Instant.now();
        deletedBy = by;
    }

    void restore() {
        deletedAt = null;
        deletedBy = null;
    }

    public boolean isOpen() {
        return status == OpportunityStatus.OPEN;
    }

    public String getExternalId() { return externalId; }
    void setExternalId(String externalId) { this.externalId = externalId; }
    public String getName() { return name; }
    void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    void setDescription(String description) { this.description = description; }
    public UUID getAccountId() { return accountId; }
    void setAccountId(UUID accountId) { this.accountId = accountId; }
    public UUID getProcessId() { return processId; }
    public UUID getStageId() { return stageId; }
    public OpportunityStatus getStatus() { return status; }
    public BigDecimal getAmount() { return amount; }
    void setAmount(BigDecimal amount) { this.amount = amount; }
    public String getCurrency() { return currency; }
    void setCurrency(String currency) { this.currency = currency; }
    public boolean isAmountFromLines() { return amountFromLines; }
    public int getProbability() { return probability; }
    void setProbability(int probability) { this.probability = probability; }
    public LocalDate getExpectedCloseDate() { return expectedCloseDate; }
    void setExpectedCloseDate(LocalDate expectedCloseDate) { this.expectedCloseDate = expectedCloseDate; }
    public LocalDate getCloseDate() { return closeDate; }
    public OpportunitySource getSource() { return source; }
    void setSource(OpportunitySource source) { this.source = source; }
    public SalesMethod getSalesMethod() { return salesMethod; }
    void setSalesMethod(SalesMethod salesMethod) { this.salesMethod = salesMethod; }
    public ForecastCategory getForecastCategory() { return forecastCategory; }
    void setForecastCategory(ForecastCategory forecastCategory) { this.forecastCategory = forecastCategory; }
    public String getWinReason() { return winReason; }
    public String getLossReason() { return lossReason; }
    public UUID getLeadId() { return leadId; }
    void setLeadId(UUID leadId) { this.leadId = leadId; }
    public Instant getStageEnteredAt() { return stageEnteredAt; }
    public Instant getLastActivityAt() { return lastActivityAt; }
    public UUID getOwnerId() { return ownerId; }
    public UUID getDepartmentId() { return departmentId; }
    public Instant getDeletedAt() { return deletedAt; }
    public List<OpportunityLine> getLines() { return List.copyOf(lines); }
}
