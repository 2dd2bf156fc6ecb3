package dev.guanxi.sales.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.UUID;

/** A step of the standard sales process template for one stage ("meet the economic buyer"). */
@Entity
@Table(name = "stage_checklist_items")
public class ChecklistItem {

    @Id
    private UUID id = dev.guanxi.shared.jpa.UuidV7.next();
    @Column(name = "stage_id", nullable = false)
    private UUID stageId;
    @Column(name = "text_en", nullable = false)
    private String textEn;
    @Column(name = "text_zh", nullable = false)
    private String textZh;
    private int position;

    protected ChecklistItem() {
    }

    ChecklistItem(UUID stageId, String textEn, String textZh, int position) {
        this.stageId = stageId;
        this.textEn = textEn;
        this.textZh = textZh;
        this.position = position;
    }

    public String text(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? textZh : textEn;
    }

    public UUID getId() { return id; }
    public UUID getStageId() { return stageId; }
    public String getTextEn() { return textEn; }
    public String getTextZh() { return textZh; }
    public int getPosition() { return position; }
}
