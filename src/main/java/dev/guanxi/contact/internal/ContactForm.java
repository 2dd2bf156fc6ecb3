package dev.guanxi.contact.internal;

import dev.guanxi.shared.values.Phone;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** A contact as users edit it: the web form, the API's POST body and PATCH merge patch. */
public class ContactForm {

    @Size(max = 100, message = "{validation.max-length}")
    private String externalId;
    private UUID accountId;
    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.max-length}")
    private String name;
    private String gender;
    @Size(max = 100, message = "{validation.max-length}")
    private String title;
    @Size(max = 100, message = "{validation.max-length}")
    private String departmentName;
    @Phone
    @Size(max = 40, message = "{validation.max-length}")
    private String phone;
    @Phone
    @Size(max = 40, message = "{validation.max-length}")
    private String mobile;
    @Email(message = "{validation.email}")
    @Size(max = 254, message = "{validation.max-length}")
    private String email;
    @Email(message = "{validation.email}")
    @Size(max = 254, message = "{validation.max-length}")
    private String otherEmail;
    @Size(max = 60, message = "{validation.max-length}")
    private String wechat;
    private String decisionRole;
    private boolean keyDecisionMaker;
    @Past(message = "{validation.date-past}")
    private LocalDate birthday;
    @Size(max = 300, message = "{validation.max-length}")
    private String address;
    @Size(max = 5000, message = "{validation.max-length}")
    private String notes;
    private UUID ownerId;

    public static ContactForm of(Contact contact) {
        ContactForm form = new ContactForm();
        form.externalId = contact.getExternalId();
        form.accountId = contact.getAccountId();
        form.name = contact.getName();
        form.gender = contact.getGender() == null ? null : contact.getGender().code();
        form.title = contact.getTitle();
        form.departmentName = contact.getDepartmentName();
        form.phone = contact.getPhone();
        form.mobile = contact.getMobile();
        form.email = contact.getEmail();
        form.otherEmail = contact.getOtherEmail();
        form.wechat = contact.getWechat();
        form.decisionRole = contact.getDecisionRole() == null ? null : contact.getDecisionRole().code();
        form.keyDecisionMaker = contact.isKeyDecisionMaker();
        form.birthday = contact.getBirthday();
        form.address = contact.getAddress();
        form.notes = contact.getNotes();
        form.ownerId = contact.getOwnerId();
        return form;
    }

    public String getExternalId() { return externalId; }
    public void setExternalId(String externalId) { this.externalId = externalId; }
    public UUID getAccountId() { return accountId; }
    public void setAccountId(UUID accountId) { this.accountId = accountId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDepartmentName() { return departmentName; }
    public void setDepartmentName(String departmentName) { this.departmentName = departmentName; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getOtherEmail() { return otherEmail; }
    public void setOtherEmail(String otherEmail) { this.otherEmail = otherEmail; }
    public String getWechat() { return wechat; }
    public void setWechat(String wechat) { this.wechat = wechat; }
    public String getDecisionRole() { return decisionRole; }
    public void setDecisionRole(String decisionRole) { this.decisionRole = decisionRole; }
    public boolean isKeyDecisionMaker() { return keyDecisionMaker; }
    public void setKeyDecisionMaker(boolean keyDecisionMaker) { this.keyDecisionMaker = keyDecisionMaker; }
    public LocalDate getBirthday() { return birthday; }
    public void setBirthday(LocalDate birthday) { this.birthday = birthday; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public UUID getOwnerId() { return ownerId; }
    public void setOwnerId(UUID ownerId) { this.ownerId = ownerId; }
}
