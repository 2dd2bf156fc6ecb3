package dev.guanxi.customer;

import dev.guanxi.shared.values.CodedEnum;
import dev.guanxi.shared.values.CodedEnumConverter;

/** Industry (行业), after the sections of the Chinese industry classification; shared by accounts, leads and segments. */
public enum Industry implements CodedEnum {
    AGRICULTURE("agriculture"),
    MINING("mining"),
    MANUFACTURING("manufacturing"),
    CHEMICALS("chemicals"),
    STEEL_METALS("steel_metals"),
    FOOD_BEVERAGE("food_beverage"),
    ENERGY("energy"),
    CONSTRUCTION("construction"),
    REAL_ESTATE("real_estate"),
    WHOLESALE_RETAIL("wholesale_retail"),
    LOGISTICS("logistics"),
    IT_SOFTWARE("it_software"),
    TELECOM("telecom"),
    FINANCE("finance"),
    EDUCATION("education"),
    HEALTHCARE("healthcare"),
    GOVERNMENT("government"),
    HOSPITALITY("hospitality"),
    MEDIA("media"),
    PROFESSIONAL_SERVICES("professional_services"),
    OTHER("other");

    private final String code;

    Industry(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    @jakarta.persistence.Converter(autoApply = true)
    static class Converter extends CodedEnumConverter<Industry> {
        Converter() {
            super(Industry.class);
        }
    }
}
