package dev.guanxi.sales.internal;

import dev.guanxi.shared.jpa.RecordBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;

/** A sales process (销售流程): the ordered stages a kind of deal goes through. */
@Entity
@Table(name = "sales_processes")
public class SalesProcess extends RecordBase {

    @Column(nullable = false)
    private String code;
    @Column(name = "name_en", nullable = false)
    private String nameEn;
    @Column(name = "name_zh", nullable = false)
    private String nameZh;
    @Column(name = "is_default")
    private boolean defaultProcess;
    private boolean active = true;
    private int position;

    protected SalesProcess() {
    }

    public SalesProcess(String code, String nameEn, String nameZh) {
        this.code = code;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
    }

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public String getCode() { return code; }
    public String getNameEn() { return nameEn; }
    public String getNameZh() { return nameZh; }
    public boolean isDefaultProcess() { return defaultProcess; }
    public boolean isActive() { return active; }
    public int getPosition() { return position; }
    void rename(String nameEn, String nameZh) { this.nameEn = nameEn; this.nameZh = nameZh; }
    void setActive(boolean active) { this.active = active; }
    void setPosition(int position) { this.position = position; }
}
