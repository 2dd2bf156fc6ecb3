package dev.guanxi.sales.internal;

import dev.guanxi.shared.jpa.RecordBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.UUID;

/**
 * A stage of a sales process with its win probability and the longest a deal should stay in it
 * (beyond that the deal is "abnormal", 异常机会). Reaching a won or lost stage closes the deal.
 */
@Entity
@Table(name = "sales_stages")
public class SalesStage extends RecordBase {

    @Column(name = "process_id", nullable = false)
    private UUID processId;
    @Column(nullable = false)
    private String code;
    @Column(name = "name_en", nullable = false)
    private String nameEn;
    @Column(name = "name_zh", nullable = false)
    private String nameZh;
    private int probability;
    private int position;
    @Column(name = "max_days")
    private Integer maxDays;
    @Column(nullable = false)
    private StageOutcome outcome = StageOutcome.OPEN;
    private boolean active = true;

    protected SalesStage() {
    }

    public SalesStage(UUID processId, String code, String nameEn, String nameZh, int probability, int position,
                      Integer maxDays, StageOutcome outcome) {
        this.processId = processId;
        this.code = code;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.probability = probability;
        this.position = position;
        this.maxDays = maxDays;
        this.outcome = outcome;
    }

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public boolean isOpen() {
        return outcome == StageOutcome.OPEN;
    }

    public UUID getProcessId() { return processId; }
    public String getCode() { return code; }
    public String getNameEn() { return nameEn; }
    public String getNameZh() { return nameZh; }
    public int getProbability() { return probability; }
    public int getPosition() { return position; }
    public Integer getMaxDays() { return maxDays; }
    public StageOutcome getOutcome() { return outcome; }
    public boolean isActive() { return active; }

    void change(String nameEn, String nameZh, int probability, Integer maxDays) {
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.probability = probability;
        this.maxDays = maxDays;
    }

    void moveTo(int position) {
        this.position = position;
    }

    void setActive(boolean active) {
        this.active = active;
    }
}
