package dev.guanxi.customer.internal;

import dev.guanxi.customer.AccountCreated;
import dev.guanxi.customer.AccountUpdated;
import dev.guanxi.customer.Industry;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.identity.UserSummary;
import dev.guanxi.shared.forms.FormValidator;
import dev.guanxi.shared.problem.ForbiddenException;
import dev.guanxi.shared.problem.GuanxiException.FieldProblem;
import dev.guanxi.shared.problem.ValidationException;
import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.Currencies;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and editing accounts. A new account belongs to its creator unless an owner is named (which
 * needs the right to assign to that user); the department follows the owner. The parent must be an
 * account the user can see and must not make the group structure circular.
 */
@Service
public class AccountEditing {

    private final AccountRepository accounts;
    private final AccountAccess access;
    private final FormValidator validator;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;

    AccountEditing(AccountRepository accounts, AccountAccess access, FormValidator validator, UserDirectory users,
                   ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.access = access;
        this.validator = validator;
        this.users = users;
        this.events = events;
    }

    @Transactional
    public Account create(AccountForm form) {
        validator.validate(form);
        Account account = new Account(form.getName().strip());
        apply(form, account);
        UUID owner = form.getOwnerId() == null ? CurrentUser.require().id() : form.getOwnerId();
        requireAssignable(owner);
        account.assignTo(owner, departmentOf(owner));
        accounts.saveAndFlush(account);
        events.publishEvent(new AccountCreated(account.getId(), account.getName(), account.getOwnerId()));
        return account;
    }

    /** Whether the current user may change this account (the page shows or hides the actions). */
    @Transactional(readOnly = true)
    public boolean mayEdit(UUID id) {
        return access.mayEdit(access.readable(id));
    }

    /** The account as it is now, to start an edit or a merge patch from. */
    @Transactional(readOnly = true)
    public Account current(UUID id) {
        return access.readable(id);
    }

    @Transactional
    public Account update(UUID id, AccountForm form, Long expectedVersion) {
        Account account = access.editable(id);
        account.requireVersion(expectedVersion);
        validator.validate(form);
        apply(form, account);
        if (!Objects.equals(form.getOwnerId(), account.getOwnerId())) {
            AccountOwnership.reassign(account, form.getOwnerId(), users, events);
        }
        accounts.saveAndFlush(account);
        events.publishEvent(new AccountUpdated(account.getId(), account.getName(), account.getOwnerId()));
        return account;
    }

    private void apply(AccountForm form, Account account) {
        List<FieldProblem> problems = new ArrayList<>();
        account.setType(required(AccountType.class, form.getType(), "type", problems));
        account.setIndustry(optional(Industry.class, form.getIndustry(), "industry", problems));
        account.setGrade(optional(Grade.class, form.getGrade(), "grade", problems));
        account.setStatus(required(AccountStatus.class, form.getStatus(), "status", problems));
        account.setSource(optional(AccountSource.class, form.getSource(), "source", problems));
        if (!Currencies.isKnown(form.getCurrency())) {
            problems.add(new FieldProblem("currency", "validation.currency"));
        }
        checkParent(account, form.getParentAccountId(), problems);
        checkExternalId(account, blank(form.getExternalId()), problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        account.setExternalId(blank(form.getExternalId()));
        account.setName(form.getName().strip());
        account.setIndividual(form.isIndividual());
        account.setRegion(blank(form.getRegion()));
        account.setCountry(blank(form.getCountry()));
        account.setProvince(blank(form.getProvince()));
        account.setCity(blank(form.getCity()));
        account.setAddress(blank(form.getAddress()));
        account.setPostalCode(blank(form.getPostalCode()));
        account.setShippingAddress(blank(form.getShippingAddress()));
        account.setPhone(blank(form.getPhone()));
        account.setFax(blank(form.getFax()));
        account.setEmail(blank(form.getEmail()));
        account.setWebsite(blank(form.getWebsite()));
        account.setAnnualRevenue(form.getAnnualRevenue());
        account.setCurrency(form.getCurrency());
        account.setEmployees(form.getEmployees());
        account.setCapacity(blank(form.getCapacity()));
        account.setAnnualDemand(blank(form.getAnnualDemand()));
        account.setCreditLimit(form.getCreditLimit());
        account.setPaymentTermsDays(form.getPaymentTermsDays());
        account.setTaxId(blank(form.getTaxId()));
        account.setParentAccountId(form.getParentAccountId());
        account.setTags(cleanTags(form.getTags()));
        account.setDescription(blank(form.getDescription()));
    }

    private void checkParent(Account account, UUID parentId, List<FieldProblem> problems) {
        if (parentId == null || parentId.equals(account.getParentAccountId())) {
            return;
        }
        Set<UUID> seen = new HashSet<>();
        UUID current = parentId;
        while (current != null && seen.add(current)) {
            if (current.equals(account.getId())) {
                problems.add(new FieldProblem("parentAccountId", "validation.parent-cycle"));
                return;
            }
            Account ancestor = accounts.findById(current).orElse(null);
            if (ancestor == null || (current.equals(parentId) && !isReadable(current))) {
                problems.add(new FieldProblem("parentAccountId", "validation.reference-unknown"));
                return;
            }
            current = ancestor.getParentAccountId();
        }
    }

    private boolean isReadable(UUID accountId) {
        try {
            access.readable(accountId);
            return true;
        } catch (dev.guanxi.shared.problem.NotFoundException e) {
            return false;
        }
    }

    private void checkExternalId(Account account, String externalId, List<FieldProblem> problems) {
        if (externalId != null && !externalId.equals(account.getExternalId())
                && accounts.findByExternalId(externalId).filter(other -> !other.getId().equals(account.getId())).isPresent()) {
            problems.add(new FieldProblem("externalId", "validation.external-id-taken"));
        }
    }

    private void requireAssignable(UUID ownerId) {
        if (!ownerId.equals(CurrentUser.require().id()) && !users.mayAssignTo(ownerId)) {
            throw new ForbiddenException("problem.account.assign-denied");
        }
    }

    private UUID departmentOf(UUID userId) {
        return users.find(userId).map(UserSummary::departmentId).orElse(null);
    }

    static <E extends Enum<E> & CodedEnum> E required(Class<E> type, String code, String field, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new FieldProblem(field, "validation.required"));
            return null;
        }
        return optional(type, code, field, problems);
    }

    static <E extends Enum<E> & CodedEnum> E optional(Class<E> type, String code, String field, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return CodedEnum.fromCode(type, code.strip()).orElseGet(() -> {
            problems.add(new FieldProblem(field, "validation.enum"));
            return null;
        });
    }

    private static List<String> cleanTags(List<String> tags) {
        Set<String> clean = new LinkedHashSet<>();
        tags.stream().filter(Objects::nonNull).map(String::strip).filter(t -> !t.isEmpty()).forEach(clean::add);
        return List.copyOf(clean);
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
