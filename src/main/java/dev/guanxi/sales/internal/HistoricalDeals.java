package dev.guanxi.sales.internal;

import dev.guanxi.catalog.ProductSummary;
import dev.guanxi.catalog.Products;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.identity.UserSummary;
import dev.guanxi.shared.jpa.UuidV7;
import dev.guanxi.shared.values.Currencies;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records deals as they happened in the past — imported from another CRM, or the demo company's
 * history — with their own dates. The deal is created on the day it was opened, each stage move is
 * recorded when and by whom it was made, and a closed deal's close date is the day of its last move,
 * so that a deal imported as won on 2017-03-01 counts as won then in every report: funnel, win rate,
 * sales cycle and time in stage all come from those dates. The buying committee and competitor
 * analyses may come along, dated too.
 *
 * <p>It acts for the company, not for a signed-in user: no visibility or ownership rights are checked
 * (the caller decides what to record), but everything a consistent history needs is — steps in time
 * order and none in the future, stages of the deal's own process, a reason for a loss, an expected close
 * date not before the opening, valid lines and scores. A history that breaks a rule is refused with an
 * {@link IllegalArgumentException} naming the deal, before anything is written. Unlike a live move, no
 * {@link dev.guanxi.sales.OpportunityStageChanged} is published: moves of the past must not set off
 * reactions meant for today's. Dates without a time of day ({@link #on(LocalDate)}) are taken at noon
 * UTC, which is the same calendar day in every time zone from UTC−11 to UTC+11.
 */
@Service
public class HistoricalDeals {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EntityManager entityManager;
    private final SalesProcesses processes;
    private final StageHistory history;
    private final Products products;
    private final UserDirectory users;
    private final JdbcTemplate jdbc;

    HistoricalDeals(EntityManager entityManager, SalesProcesses processes, StageHistory history, Products products,
                    UserDirectory users, JdbcTemplate jdbc) {
        this.entityManager = entityManager;
        this.processes = processes;
        this.history = history;
        this.products = products;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** A day of the past as a moment: noon UTC, the same calendar day nearly everywhere. */
    public static Instant on(LocalDate day) {
        return day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
    }

    /** Records one deal with its history; answers the saved deal. */
    @Transactional
    public Opportunity record(Deal deal) {
        return recordAll(List.of(deal)).get(0);
    }

    /**
     * Records many deals in one go (an import, the demo): all are checked first, then written in
     * batches — deals, lines and audit rows through JPA, stage history, committees and competitors in
     * JDBC batches.
     */
    @Transactional
    public List<Opportunity> recordAll(Collection<Deal> deals) {
        Instant now = Instant.now();
        Map<String, SalesProcesses.ProcessView> byCode = new HashMap<>();
        processes.all().forEach(p -> byCode.put(p.process().getCode(), p));
        String defaultCode = processes.defaultProcess().process().getCode();
        Map<UUID, ProductSummary> catalogue = products.findAll(deals.stream()
                .flatMap(d -> d.lines.stream().map(Line::productId)).filter(Objects::nonNull).toList());
        Map<UUID, UserSummary> owners = users.findAll(deals.stream().filter(d -> d.departmentId == null)
                .map(d -> d.ownerId).filter(Objects::nonNull).distinct().toList());

        List<List<SalesStage>> paths = new ArrayList<>();
        for (Deal deal : deals) {
            SalesProcesses.ProcessView process = byCode.get(deal.processCode == null ? defaultCode : deal.processCode);
            deal.require(process != null, "a known process, not " + deal.processCode);
            paths.add(deal.check(process, catalogue, owners, now));
        }
        List<Opportunity> saved = new ArrayList<>();
        List<StageHistory.PastMove> moves = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        List<Object[]> rivals = new ArrayList<>();
        int next = 0;
        for (Deal deal : deals) {
            List<SalesStage> path = paths.get(next++);
            Opportunity opportunity = build(deal, path, catalogue, owners);
            entityManager.persist(opportunity);
            saved.add(opportunity);
            for (int i = 0; i < path.size(); i++) {
                Step step = deal.steps.get(i);
                moves.add(new StageHistory.PastMove(opportunity.getId(), i == 0 ? null : path.get(i - 1).getId(),
                        path.get(i).getId(), step.at(), step.by(), opportunity.getAmount(), opportunity.getOwnerId(),
                        opportunity.getDepartmentId()));
            }
            Instant opened = deal.steps.get(0).at();
            for (Member m : deal.committee) {
                members.add(new Object[] {UuidV7.next(), opportunity.getId(), m.contactId(), m.influence().code(),
                        m.attitude().code(), m.note(), utc(m.addedAt() == null ? opened : m.addedAt())});
            }
            for (Rival r : deal.competitors) {
                Competitors.Scores s = r.scores() == null ? new Competitors.Scores(null, null, null, null, null) : r.scores();
                rivals.add(new Object[] {UuidV7.next(), opportunity.getId(), r.competitorId(), r.strengths(),
                        r.weaknesses(), r.opportunities(), r.threats(), s.brand(), s.quality(), s.service(),
                        s.relationship(), s.functions(), utc(r.addedAt() == null ? opened : r.addedAt())});
            }
        }
        entityManager.flush();
        history.recordPast(moves);
        insert("""
                insert into opportunity_contacts (id, opportunity_id, contact_id, influence, attitude, note, created_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """, members);
        insert("""
                insert into opportunity_competitors (id, opportunity_id, competitor_id, strengths, weaknesses, opportunities,
                    threats, brand_score, quality_score, service_score, relationship_score, functions_score, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rivals);
        return saved;
    }

    private void insert(String sql, List<Object[]> rows) {
        jdbc.batchUpdate(sql, rows, 500, (statement, row) -> {
            for (int i = 0; i < row.length; i++) {
                statement.setObject(i + 1, row[i]);
            }
        });
    }

    private static Opportunity build(Deal deal, List<SalesStage> path, Map<UUID, ProductSummary> catalogue,
                                     Map<UUID, UserSummary> owners) {
        Opportunity opportunity = new Opportunity(deal.name.strip(), deal.accountId, path.get(0));
        opportunity.setExternalId(deal.externalId);
        opportunity.setDescription(deal.description);
        opportunity.setCurrency(deal.currency);
        opportunity.setExpectedCloseDate(deal.expectedCloseDate);
        opportunity.setSource(deal.source);
        opportunity.setSalesMethod(deal.salesMethod);
        if (deal.lines.isEmpty()) {
            opportunity.setAmount(deal.amount == null ? BigDecimal.ZERO : deal.amount);
        } else {
            List<OpportunityLine> lines = new ArrayList<>();
            for (Line line : deal.lines) {
                ProductSummary product = line.productId() == null ? null : catalogue.get(line.productId());
                lines.add(new OpportunityLine(opportunity.getId(), line.productId(),
                        line.productName() != null ? line.productName() : product.name(), line.quantity(),
                        line.unitPrice() != null ? line.unitPrice() : product.listPrice(), line.discountPercent(),
                        lines.size() + 1));
            }
            opportunity.replaceLines(lines);
        }
        UUID department = deal.departmentId != null ? deal.departmentId : owners.get(deal.ownerId).departmentId();
        opportunity.assignTo(deal.ownerId, department);
        for (int i = 0; i < path.size(); i++) {
            SalesStage stage = path.get(i);
            Instant at = deal.steps.get(i).at();
            if (i == path.size() - 1 && stage.getOutcome() == StageOutcome.WON) {
                opportunity.closeWon(deal.winReason);
            } else if (i == path.size() - 1 && stage.getOutcome() == StageOutcome.LOST) {
                opportunity.closeLost(deal.lossReason);
            }
            opportunity.moveTo(stage, at, dayOf(at));
        }
        opportunity.openedAt(deal.steps.get(0).at(), deal.steps.get(deal.steps.size() - 1).at());
        if (deal.probability != null && opportunity.isOpen()) {
            opportunity.setProbability(deal.probability);
        }
        opportunity.setForecastCategory(forecastCategory(opportunity));
        return opportunity;
    }

    /** How a rep would call a deal of the past in the forecast: late open stages are commit or best case. */
    static ForecastCategory forecastCategory(Opportunity opportunity) {
        if (!opportunity.isOpen() || opportunity.getProbability() < 60) {
            return ForecastCategory.PIPELINE;
        }
        return opportunity.getProbability() >= 80 ? ForecastCategory.COMMIT : ForecastCategory.BEST_CASE;
    }

    /** The calendar day of a moment as the reports count it (UTC). */
    static LocalDate dayOf(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** A product line: a catalogue product (name and list price from the catalogue unless given) or a free text line. */
    public record Line(UUID productId, String productName, BigDecimal quantity, BigDecimal unitPrice,
                       BigDecimal discountPercent) {
    }

    /** A move to a stage (by code, or to the process's won or lost stage), when and by whom. */
    record Step(String stageCode, StageOutcome closing, Instant at, UUID by) {
    }

    /** A member of the buying committee since {@code addedAt} (null: since the deal was opened). */
    public record Member(UUID contactId, Influence influence, Attitude attitude, String note, Instant addedAt) {
    }

    /** A competitor in the deal with its SWOT and our standing, analysed at {@code addedAt} (null: when opened). */
    public record Rival(UUID competitorId, String strengths, String weaknesses, String opportunities, String threats,
                        Competitors.Scores scores, Instant addedAt) {
    }

    /**
     * One deal of the past, described step by step: {@code Deal.of(name, account).owner(rep)
     * .opened("initial_contact", t0, rep).movedTo("needs", t1, rep).won(t2, rep, "…")}.
     */
    public static final class Deal {

        private final String name;
        private final UUID accountId;
        private String processCode;
        private String externalId;
        private String description;
        private UUID ownerId;
        private UUID departmentId;
        private String currency = "CNY";
        private BigDecimal amount;
        private final List<Line> lines = new ArrayList<>();
        private LocalDate expectedCloseDate;
        private Integer probability;
        private OpportunitySource source;
        private SalesMethod salesMethod;
        private final List<Step> steps = new ArrayList<>();
        private String winReason;
        private String lossReason;
        private final List<Member> committee = new ArrayList<>();
        private final List<Rival> competitors = new ArrayList<>();

        private Deal(String name, UUID accountId) {
            this.name = name;
            this.accountId = accountId;
        }

        public static Deal of(String name, UUID accountId) {
            return new Deal(name, accountId);
        }

        /** The sales process by code; the default process when not given. */
        public Deal process(String code) {
            this.processCode = code;
            return this;
        }

        /** The deal's id in the system it comes from (unique). */
        public Deal externalId(String externalId) {
            this.externalId = externalId;
            return this;
        }

        public Deal description(String description) {
            this.description = description;
            return this;
        }

        /** The owner; the deal counts in the owner's department. */
        public Deal owner(UUID ownerId) {
            return owner(ownerId, null);
        }

        /** The owner and the department the deal counts in (looked up from the owner when null). */
        public Deal owner(UUID ownerId, UUID departmentId) {
            this.ownerId = ownerId;
            this.departmentId = departmentId;
            return this;
        }

        public Deal currency(String currency) {
            this.currency = currency;
            return this;
        }

        /** The amount of a deal without product lines (with lines it is their total). */
        public Deal amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        public Deal line(UUID productId, String productName, BigDecimal quantity, BigDecimal unitPrice,
                         BigDecimal discountPercent) {
            lines.add(new Line(productId, productName, quantity, unitPrice, discountPercent));
            return this;
        }

        public Deal expectedClose(LocalDate date) {
            this.expectedCloseDate = date;
            return this;
        }

        /** The win probability of an open deal as the rep judged it (null: its stage's); a closed deal keeps its stage's. */
        public Deal probability(Integer probability) {
            this.probability = probability;
            return this;
        }

        public Deal source(OpportunitySource source) {
            this.source = source;
            return this;
        }

        public Deal salesMethod(SalesMethod salesMethod) {
            this.salesMethod = salesMethod;
            return this;
        }

        /** Opened in an open stage of its process at {@code at}: the deal's creation. The first step. */
        public Deal opened(String stageCode, Instant at, UUID by) {
            require(steps.isEmpty(), "opened twice");
            steps.add(new Step(stageCode, null, at, by));
            return this;
        }

        /** Moved to another open stage, forwards or backwards (a move out of won or lost reopens the deal). */
        public Deal movedTo(String stageCode, Instant at, UUID by) {
            require(!steps.isEmpty(), "moved before it was opened");
            steps.add(new Step(stageCode, null, at, by));
            return this;
        }

        public Deal won(Instant at, UUID by, String reason) {
            require(!steps.isEmpty(), "won before it was opened");
            steps.add(new Step(null, StageOutcome.WON, at, by));
            this.winReason = reason == null || reason.isBlank() ? null : reason.strip();
            return this;
        }

        public Deal lost(Instant at, UUID by, String reason) {
            require(!steps.isEmpty(), "lost before it was opened");
            steps.add(new Step(null, StageOutcome.LOST, at, by));
            this.lossReason = reason == null || reason.isBlank() ? null : reason.strip();
            return this;
        }

        public Deal member(UUID contactId, Influence influence, Attitude attitude, String note, Instant addedAt) {
            committee.add(new Member(contactId, influence, attitude, note == null || note.isBlank() ? null : note.strip(),
                    addedAt));
            return this;
        }

        public Deal competitor(Rival rival) {
            competitors.add(rival);
            return this;
        }

        public String name() {
            return name;
        }

        int committeeSize() {
            return committee.size();
        }

        int competitorCount() {
            return competitors.size();
        }

        /** The stages the deal went through, one per step, after checking the whole history. */
        private List<SalesStage> check(SalesProcesses.ProcessView process, Map<UUID, ProductSummary> catalogue,
                                       Map<UUID, UserSummary> owners, Instant now) {
            require(name != null && !name.isBlank() && name.strip().length() <= 200, "a name of 1 to 200 characters");
            require(accountId != null, "an account");
            require(ownerId != null, "an owner");
            require(departmentId != null || owners.containsKey(ownerId), "an owner who exists");
            require(Currencies.isKnown(currency), "a known currency, not " + currency);
            require(!steps.isEmpty(), "the step it was opened with");
            require(probability == null || probability >= 0 && probability <= 100, "a probability from 0 to 100");
            require(externalId == null || !externalId.isBlank(), "no blank external id");
            List<SalesStage> path = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                require(step.at() != null, "a time for every step");
                require(!step.at().isAfter(now), "no step in the future (" + step.at() + ")");
                SalesStage stage = step.closing() != null ? process.outcome(step.closing())
                        : process.stages().stream().filter(s -> s.getCode().equals(step.stageCode())).findFirst()
                        .orElseThrow(() -> refused("a stage of process " + process.process().getCode() + ", not " + step.stageCode()));
                if (i == 0) {
                    require(stage.isOpen(), "to be opened in an open stage");
                } else {
                    require(!step.at().isBefore(steps.get(i - 1).at()), "steps in time order");
                    require(!stage.getId().equals(path.get(i - 1).getId()), "a move to another stage at step " + (i + 1));
                }
                path.add(stage);
            }
            SalesStage last = path.get(path.size() - 1);
            require(last.getOutcome() != StageOutcome.LOST || lossReason != null, "a reason for the loss");
            require(winReason == null || winReason.length() <= 1000, "a win reason of at most 1000 characters");
            require(lossReason == null || lossReason.length() <= 1000, "a loss reason of at most 1000 characters");
            LocalDate openedOn = dayOf(steps.get(0).at());
            require(expectedCloseDate == null || !expectedCloseDate.isBefore(openedOn),
                    "an expected close date not before the day it was opened");
            require(lines.isEmpty() ? amount == null || amount.signum() >= 0 : amount == null,
                    "either an amount or product lines, and no negative amount");
            for (Line line : lines) {
                ProductSummary product = line.productId() == null ? null : catalogue.get(line.productId());
                require(line.productId() == null || product != null, "products of the catalogue");
                require(line.productName() != null && !line.productName().isBlank() || product != null, "a name for every line");
                require(line.unitPrice() != null || product != null, "a price for every line");
                require(line.quantity() != null && line.quantity().signum() > 0, "quantities above zero");
                require(line.unitPrice() == null || line.unitPrice().signum() >= 0, "no negative prices");
                require(line.discountPercent() == null
                        || line.discountPercent().signum() >= 0 && line.discountPercent().compareTo(HUNDRED) <= 0,
                        "discounts between 0 and 100%");
            }
            Instant opened = steps.get(0).at();
            Set<UUID> people = new HashSet<>();
            for (Member m : committee) {
                require(m.contactId() != null && m.influence() != null && m.attitude() != null,
                        "a contact, an influence and an attitude for every committee member");
                require(people.add(m.contactId()), "every committee member once");
                require(m.note() == null || m.note().length() <= 500, "committee notes of at most 500 characters");
                require(m.addedAt() == null || !m.addedAt().isBefore(opened) && !m.addedAt().isAfter(now),
                        "committee members added while the deal existed");
            }
            Set<UUID> rivals = new HashSet<>();
            for (Rival r : competitors) {
                require(r.competitorId() != null && rivals.add(r.competitorId()), "every competitor once");
                for (String text : new String[] {r.strengths(), r.weaknesses(), r.opportunities(), r.threats()}) {
                    require(text == null || text.length() <= 2000, "SWOT texts of at most 2000 characters");
                }
                if (r.scores() != null) {
                    for (Integer score : new Integer[] {r.scores().brand(), r.scores().quality(), r.scores().service(),
                            r.scores().relationship(), r.scores().functions()}) {
                        require(score == null || score >= -2 && score <= 2, "scores from -2 to 2");
                    }
                }
                require(r.addedAt() == null || !r.addedAt().isBefore(opened) && !r.addedAt().isAfter(now),
                        "competitors analysed while the deal existed");
            }
            return path;
        }

        private void require(boolean condition, String what) {
            if (!condition) {
                throw refused(what);
            }
        }

        private IllegalArgumentException refused(String what) {
            return new IllegalArgumentException("Historical deal '" + name + "' needs " + what);
        }
    }
}
