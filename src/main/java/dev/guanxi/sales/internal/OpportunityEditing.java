package dev.guanxi.sales.internal;

import dev.guanxi.catalog.ProductSummary;
import dev.guanxi.catalog.Products;
import dev.guanxi.customer.Accounts;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.identity.UserSummary;
import dev.guanxi.shared.forms.FormValidator;
import dev.guanxi.shared.problem.ForbiddenException;
import dev.guanxi.shared.problem.GuanxiException.FieldProblem;
import dev.guanxi.shared.problem.ValidationException;
import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.Currencies;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and editing opportunities: the account must be one the user may work on; the amount is
 * the sum of the product lines when there are lines; the expected close date may not lie before the
 * day the deal was opened; the owner is the creator unless someone who may assign names another.
 */
@Service
public class OpportunityEditing {

    private final OpportunityRepository opportunities;
    private final OpportunityAccess access;
    private final SalesProcesses processes;
    private final StageHistory history;
    private final FormValidator validator;
    private final Accounts accounts;
    private final Products products;
    private final UserDirectory users;

    OpportunityEditing(OpportunityRepository opportunities, OpportunityAccess access, SalesProcesses processes,
                       StageHistory history, FormValidator validator, Accounts accounts, Products products,
                       UserDirectory users) {
        this.opportunities = opportunities;
        this.access = access;
        this.processes = processes;
        this.history = history;
        this.validator = validator;
        this.accounts = accounts;
        this.products = products;
        this.users = users;
    }

    @Transactional
    public Opportunity create(OpportunityForm form) {
        validator.validate(form);
        SalesProcesses.ProcessView process = form.getProcess() == null || form.getProcess().isBlank()
                ? processes.defaultProcess() : processes.byCode(form.getProcess());
        SalesStage first = firstStage(process, form.getStage());
        Opportunity opportunity = new Opportunity(form.getName().strip(), form.getAccountId(), first);
        apply(form, opportunity, LocalDate.now());
        UUID owner = form.getOwnerId() == null ? CurrentUser.require().id() : form.getOwnerId();
        assign(opportunity, owner, form.getOwnerId() != null);
        opportunities.saveAndFlush(opportunity);
        history.record(opportunity, null, Instant.now());
        return opportunity;
    }

    @Transactional(readOnly = true)
    public Opportunity current(UUID id) {
        return access.readable(id);
    }

    /** The product lines of a deal the user may read. */
    @Transactional(readOnly = true)
    public List<OpportunityLine> lines(UUID id) {
        return access.readable(id).getLines();
    }

    @Transactional(readOnly = true)
    public boolean mayEdit(UUID id) {
        return access.mayEdit(access.readable(id));
    }

    @Transactional
    public Opportunity update(UUID id, OpportunityForm form, Long expectedVersion) {
        Opportunity opportunity = access.editable(id);
        opportunity.requireVersion(expectedVersion);
        validator.validate(form);
        apply(form, opportunity, opportunity.getCreatedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate());
        if (!Objects.equals(form.getOwnerId(), opportunity.getOwnerId())) {
            if (!CurrentUser.require().mayAssign()) {
                throw new ForbiddenException("problem.account.assign-denied");
            }
            assign(opportunity, form.getOwnerId(), true);
        }
        return opportunities.saveAndFlush(opportunity);
    }

    private SalesStage firstStage(SalesProcesses.ProcessView process, String stageCode) {
        if (stageCode == null || stageCode.isBlank()) {
            return process.openStages().get(0);
        }
        return process.openStages().stream().filter(s -> s.getCode().equals(stageCode)).findFirst()
                .orElseThrow(() -> ValidationException.of("stage", "validation.stage-of-process"));
    }

    private void apply(OpportunityForm form, Opportunity opportunity, LocalDate openedOn) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!form.getAccountId().equals(opportunity.getAccountId()) || opportunity.getCreatedAt() == null) {
            if (accounts.findReadable(form.getAccountId()).isEmpty()) {
                problems.add(new FieldProblem("accountId", "validation.reference-unknown"));
            } else if (!accounts.mayEdit(form.getAccountId())) {
                throw new ForbiddenException("problem.opportunity.account-not-yours");
            }
        }
        OpportunitySource source = code(OpportunitySource.class, form.getSource(), "source", problems);
        SalesMethod method = code(SalesMethod.class, form.getSalesMethod(), "salesMethod", problems);
        ForecastCategory category = code(ForecastCategory.class, form.getForecastCategory(), "forecastCategory", problems);
        if (!Currencies.isKnown(form.getCurrency())) {
            problems.add(new FieldProblem("currency", "validation.currency"));
        }
        if (form.getExpectedCloseDate() != null && form.getExpectedCloseDate().isBefore(openedOn)) {
            problems.add(new FieldProblem("expectedCloseDate", "validation.close-before-open"));
        }
        String externalId = blank(form.getExternalId());
        if (externalId != null && !externalId.equals(opportunity.getExternalId())
                && opportunities.findByExternalId(externalId).filter(o -> !o.getId().equals(opportunity.getId())).isPresent()) {
            problems.add(new FieldProblem("externalId", "validation.external-id-taken"));
        }
        List<OpportunityLine> lines = form.getLines() == null ? null : lines(opportunity.getId(), form.getLines(), problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        opportunity.setExternalId(externalId);
        opportunity.setName(form.getName().strip());
        opportunity.setDescription(blank(form.getDescription()));
        opportunity.setAccountId(form.getAccountId());
        opportunity.setCurrency(form.getCurrency());
        opportunity.setExpectedCloseDate(form.getExpectedCloseDate());
        opportunity.setSource(source);
        opportunity.setSalesMethod(method);
        if (category != null) {
            opportunity.setForecastCategory(category);
        }
        if (form.getProbability() != null) {
            opportunity.setProbability(form.getProbability());
        }
        if (lines != null) {
            opportunity.replaceLines(lines);
        }
        if (!opportunity.isAmountFromLines()) {
            opportunity.setAmount(form.getAmount() == null ? BigDecimal.ZERO : form.getAmount());
        }
    }

    private List<OpportunityLine> lines(UUID opportunityId, List<OpportunityForm.Line> input, List<FieldProblem> problems) {
        Map<UUID, ProductSummary> catalogue = products.findAll(input.stream().map(OpportunityForm.Line::getProductId)
                .filter(Objects::nonNull).toList());
        List<OpportunityLine> lines = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            OpportunityForm.Line line = input.get(i);
            ProductSummary product = line.getProductId() == null ? null : catalogue.get(line.getProductId());
            if (line.getProductId() != null && product == null) {
                problems.add(new FieldProblem("lines[" + i + "].productId", "validation.reference-unknown"));
                continue;
            }
            String name = blank(line.getProductName()) != null ? line.getProductName().strip()
                    : product == null ? null : product.name();
            BigDecimal price = line.getUnitPrice() != null ? line.getUnitPrice() : product == null ? null : product.listPrice();
            if (name == null) {
                problems.add(new FieldProblem("lines[" + i + "].productName", "validation.required"));
            }
            if (price == null) {
                problems.add(new FieldProblem("lines[" + i + "].unitPrice", "validation.required"));
            }
            if (name != null && price != null) {
                lines.add(new OpportunityLine(opportunityId, line.getProductId(), name, line.getQuantity(), price,
                        line.getDiscountPercent(), i + 1));
            }
        }
        return lines;
    }

    private void assign(Opportunity opportunity, UUID ownerId, boolean explicit) {
        UserSummary owner = users.find(ownerId).filter(UserSummary::active)
                .orElseThrow(() -> ValidationException.of("ownerId", "validation.reference-unknown"));
        if (explicit && !ownerId.equals(CurrentUser.require().id()) && !users.mayAssignTo(ownerId)) {
            throw new ForbiddenException("problem.account.assign-denied");
        }
        opportunity.assignTo(ownerId, owner.departmentId());
    }

    static <E extends Enum<E> & CodedEnum> E code(Class<E> type, String code, String field, List<FieldProblem> problems) {
        return dev.guanxi.shared.forms.FormValues.code(type, code, field, problems);
    }

    static String blank(String value) {
        return dev.guanxi.shared.forms.FormValues.blank(value);
    }
}
