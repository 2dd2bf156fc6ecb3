package dev.guanxi.sales.internal;

import dev.guanxi.shared.jpa.RecordBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A competing company (竞争对手), known to the whole sales team. */
@Entity
@Table(name = "competitors")
public class Competitor extends RecordBase {

    @Column(nullable = false)
    private String name;
    private String website;
    private String notes;
    private boolean active = true;

    protected Competitor() {
    }

    Competitor(String name) {
        this.name = name;
    }

    public String getName() { return name; }
    void setName(String name) { this.name = name; }
    public String getWebsite() { return website; }
    void setWebsite(String website) { this.website = website; }
    public String getNotes() { return notes; }
    void setNotes(String notes) { this.notes = notes; }
    public boolean isActive() { return active; }
    void setActive(boolean active) { this.active = active; }
}
