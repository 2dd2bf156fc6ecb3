package dev.guanxi.sales.internal;

import dev.guanxi.identity.CurrentUser;
import dev.guanxi.shared.problem.ConflictException;
import dev.guanxi.shared.problem.ForbiddenException;
import dev.guanxi.shared.problem.GuanxiException.FieldProblem;
import dev.guanxi.shared.problem.NotFoundException;
import dev.guanxi.shared.problem.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Competitors (竞争对手) and their part in each deal: a SWOT (优势/劣势/机会/威胁) with our standing on
 * brand, product quality, service, customer relationship and product functions. Any user may add a
 * competitor to the list; managers and administrators rename or retire them.
 */
@Service
public class Competitors {

    private final CompetitorRepository competitors;
    private final OpportunityAccess access;
    private final JdbcClient jdbc;

    Competitors(CompetitorRepository competitors, OpportunityAccess access, JdbcClient jdbc) {
        this.competitors = competitors;
        this.access = access;
        this.jdbc = jdbc;
    }

    /** Our standing per dimension, from -2 (they are much stronger) to +2 (we are much stronger). */
    public record Scores(Integer brand, Integer quality, Integer service, Integer relationship, Integer functions) {

        /** The score of one dimension by name: brand, quality, service, relationship, functions. */
        public Integer of(String dimension) {
            return switch (dimension) {
                case "brand" -> brand;
                case "quality" -> quality;
                case "service" -> service;
                case "relationship" -> relationship;
                case "functions" -> functions;
                default -> throw new IllegalArgumentException(dimension);
            };
        }
    }

    public record Analysis(UUID id, UUID competitorId, String competitorName, String strengths, String weaknesses,
                           String opportunities, String threats, Scores scores) {
    }

    @Transactional(readOnly = true)
    public List<Competitor> all() {
        return competitors.findAllByOrderByNameAsc();
    }

    @Transactional
    public Competitor create(String name, String website, String notes) {
        String clean = OpportunityEditing.blank(name);
        if (clean == null || clean.length() > 200) {
            throw ValidationException.of("name", "validation.required");
        }
        if (competitors.findByName(clean).isPresent()) {
            throw ValidationException.of("name", "validation.competitor-exists");
        }
        Competitor competitor = new Competitor(clean);
        competitor.setWebsite(OpportunityEditing.blank(website));
        competitor.setNotes(OpportunityEditing.blank(notes));
        return competitors.saveAndFlush(competitor);
    }

    @Transactional
    public Competitor update(UUID id, String name, String website, String notes, boolean active) {
        if (!CurrentUser.require().mayAssign()) {
            throw new ForbiddenException("problem.competitor.managers-only");
        }
        Competitor competitor = competitors.findById(id).orElseThrow(NotFoundException::new);
        String clean = OpportunityEditing.blank(name);
        if (clean == null || clean.length() > 200) {
            throw ValidationException.of("name", "validation.required");
        }
        competitors.findByName(clean).filter(other -> !other.getId().equals(id))
                .ifPresent(other -> {
                    throw ValidationException.of("name", "validation.competitor-exists");
                });
        competitor.setName(clean);
        competitor.setWebsite(OpportunityEditing.blank(website));
        competitor.setNotes(OpportunityEditing.blank(notes));
        competitor.setActive(active);
        return competitor;
    }

    @Transactional(readOnly = true)
    public List<Analysis> of(UUID opportunityId) {
        access.readable(opportunityId);
        return jdbc.sql("""
                        select oc.id, oc.competitor_id, c.name, oc.strengths, oc.weaknesses, oc.opportunities, oc.threats,
                               oc.brand_score, oc.quality_score, oc.service_score, oc.relationship_score, oc.functions_score
                        from opportunity_competitors oc join competitors c on c.id = oc.competitor_id
                        where oc.opportunity_id = :id order by c.name
                        """)
                .param("id", opportunityId)
                .query((rs, n) -> new Analysis(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        new Scores((Integer) rs.getObject(8, Integer.class), (Integer) rs.getObject(9, Integer.class),
                                (Integer) rs.getObject(10, Integer.class), (Integer) rs.getObject(11, Integer.class),
                                (Integer) rs.getObject(12, Integer.class))))
                .list();
    }

    /** Adds a competitor to a deal, or updates its SWOT there. */
    @Transactional
    public UUID analyse(UUID opportunityId, UUID competitorId, String strengths, String weaknesses, String opportunities,
                        String threats, Scores scores) {
        access.editable(opportunityId);
        List<FieldProblem> problems = new ArrayList<>();
        if (competitorId == null || competitors.findById(competitorId).isEmpty()) {
            problems.add(new FieldProblem("competitorId", "validation.reference-unknown"));
        }
        checkText("strengths", strengths, problems);
        checkText("weaknesses", weaknesses, problems);
        checkText("opportunities", opportunities, problems);
        checkText("threats", threats, problems);
        Scores checked = scores == null ? new Scores(null, null, null, null, null) : scores;
        checkScore("brand", checked.brand(), problems);
        checkScore("quality", checked.quality(), problems);
        checkScore("service", checked.service(), problems);
        checkScore("relationship", checked.relationship(), problems);
        checkScore("functions", checked.functions(), problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        UUID id = dev.guanxi.shared.jpa.UuidV7.next();
        try {
            return jdbc.sql("""
                            insert into opportunity_competitors (id, opportunity_id, competitor_id, strengths, weaknesses,
                                opportunities, threats, brand_score, quality_score, service_score, relationship_score, functions_score)
                            values (:id, :opportunity, :competitor, :s, :w, :o, :t, :brand, :quality, :service, :relationship, :functions)
                            on conflict (opportunity_id, competitor_id) do update set strengths = excluded.strengths,
                                weaknesses = excluded.weaknesses, opportunities = excluded.opportunities, threats = excluded.threats,
                                brand_score = excluded.brand_score, quality_score = excluded.quality_score,
                                service_score = excluded.service_score, relationship_score = excluded.relationship_score,
                                functions_score = excluded.functions_score
                            returning id
                            """)
                    .param("id", id).param("opportunity", opportunityId).param("competitor", competitorId)
                    .param("s", OpportunityEditing.blank(strengths)).param("w", OpportunityEditing.blank(weaknesses))
                    .param("o", OpportunityEditing.blank(opportunities)).param("t", OpportunityEditing.blank(threats))
                    .param("brand", checked.brand()).param("quality", checked.quality()).param("service", checked.service())
                    .param("relationship", checked.relationship()).param("functions", checked.functions())
                    .query(UUID.class).single();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("problem.constraint");
        }
    }

    @Transactional
    public void remove(UUID opportunityId, UUID analysisId) {
        access.editable(opportunityId);
        if (jdbc.sql("delete from opportunity_competitors where id = :id and opportunity_id = :opportunity")
                .param("id", analysisId).param("opportunity", opportunityId).update() == 0) {
            throw new NotFoundException();
        }
    }

    private static void checkText(String field, String value, List<FieldProblem> problems) {
        if (value != null && value.length() > 2000) {
            problems.add(new FieldProblem(field, "validation.too-long", 2000));
        }
    }

    private static void checkScore(String field, Integer value, List<FieldProblem> problems) {
        if (value != null && (value < -2 || value > 2)) {
            problems.add(new FieldProblem("scores." + field, "validation.range", -2, 2));
        }
    }
}
