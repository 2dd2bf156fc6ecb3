package dev.guanxi.contact.internal;

import dev.guanxi.customer.AccountSummary;
import dev.guanxi.customer.Accounts;
import dev.guanxi.identity.CurrentUser;
import dev.guanxi.identity.UserDirectory;
import dev.guanxi.identity.UserSummary;
import dev.guanxi.shared.forms.FormValidator;
import dev.guanxi.shared.problem.ForbiddenException;
import dev.guanxi.shared.problem.GuanxiException.FieldProblem;
import dev.guanxi.shared.problem.ValidationException;
import dev.guanxi.shared.values.CodedEnum;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and editing contacts. A contact at an account needs the right to change that account; its
 * owner is the account's owner unless someone who may assign names another.
 */
@Service
public class ContactEditing {

    private final ContactRepository contacts;
    private final ContactAccess access;
    private final FormValidator validator;
    private final Accounts accounts;
    private final UserDirectory users;

    ContactEditing(ContactRepository contacts, ContactAccess access, FormValidator validator, Accounts accounts,
                   UserDirectory users) {
        this.contacts = contacts;
        this.access = access;
        this.validator = validator;
        this.accounts = accounts;
        this.users = users;
    }

    @Transactional
    public Contact create(ContactForm form) {
        validator.validate(form);
        Contact contact = new Contact(form.getName().strip());
        AccountSummary account = checkAccount(form.getAccountId(), null);
        apply(form, contact);
        UUID owner = form.getOwnerId() != null ? form.getOwnerId()
                : account != null && account.ownerId() != null ? account.ownerId() : CurrentUser.require().id();
        assign(contact, owner, form.getOwnerId() != null);
        return contacts.saveAndFlush(contact);
    }

    @Transactional(readOnly = true)
    public Contact current(UUID id) {
        return access.readable(id);
    }

    @Transactional(readOnly = true)
    public boolean mayEdit(UUID id) {
        return access.mayEdit(access.readable(id));
    }

    @Transactional
    public Contact update(UUID id, ContactForm form, Long expectedVersion) {
        Contact contact = access.editable(id);
        contact.requireVersion(expectedVersion);
        validator.validate(form);
        checkAccount(form.getAccountId(), contact.getAccountId());
        apply(form, contact);
        if (!Objects.equals(form.getOwnerId(), contact.getOwnerId())) {
            if (!CurrentUser.require().mayAssign()) {
                throw new ForbiddenException("problem.account.assign-denied");
            }
            assign(contact, form.getOwnerId(), true);
        }
        return contacts.saveAndFlush(contact);
    }

    private AccountSummary checkAccount(UUID accountId, UUID currentAccountId) {
        if (accountId == null) {
            return null;
        }
        AccountSummary account = accounts.findReadable(accountId)
                .orElseThrow(() -> ValidationException.of("accountId", "validation.reference-unknown"));
        if (!accountId.equals(currentAccountId) && !accounts.mayEdit(accountId)) {
            throw new ForbiddenException("problem.contact.account-not-yours");
        }
        return account;
    }

    private void assign(Contact contact, UUID ownerId, boolean explicit) {
        if (ownerId == null) {
            contact.assignTo(null, null);
            return;
        }
        UserSummary owner = users.find(ownerId).filter(UserSummary::active)
                .orElseThrow(() -> ValidationException.of("ownerId", "validation.reference-unknown"));
        if (explicit && !ownerId.equals(CurrentUser.require().id()) && !users.mayAssignTo(ownerId)) {
            throw new ForbiddenException("problem.account.assign-denied");
        }
        contact.assignTo(ownerId, owner.departmentId());
    }

    private void apply(ContactForm form, Contact contact) {
        List<FieldProblem> problems = new ArrayList<>();
        Gender gender = code(Gender.class, form.getGender(), "gender", problems);
        DecisionRole role = code(DecisionRole.class, form.getDecisionRole(), "decisionRole", problems);
        String externalId = blank(form.getExternalId());
        if (externalId != null && !externalId.equals(contact.getExternalId())
                && contacts.findByExternalId(externalId).filter(other -> !other.getId().equals(contact.getId())).isPresent()) {
            problems.add(new FieldProblem("externalId", "validation.external-id-taken"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        contact.setExternalId(externalId);
        contact.setAccountId(form.getAccountId());
        contact.setName(form.getName().strip());
        contact.setGender(gender);
        contact.setTitle(blank(form.getTitle()));
        contact.setDepartmentName(blank(form.getDepartmentName()));
        contact.setPhone(blank(form.getPhone()));
        contact.setMobile(blank(form.getMobile()));
        contact.setEmail(blank(form.getEmail()));
        contact.setOtherEmail(blank(form.getOtherEmail()));
        contact.setWechat(blank(form.getWechat()));
        contact.setDecisionRole(role);
        contact.setKeyDecisionMaker(form.isKeyDecisionMaker());
        contact.setBirthday(form.getBirthday());
        contact.setAddress(blank(form.getAddress()));
        contact.setNotes(blank(form.getNotes()));
    }

    static <E extends Enum<E> & CodedEnum> E code(Class<E> type, String code, String field, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return CodedEnum.fromCode(type, code.strip()).orElseGet(() -> {
            problems.add(new FieldProblem(field, "validation.enum"));
            return null;
        });
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
