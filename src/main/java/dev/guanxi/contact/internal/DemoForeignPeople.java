package dev.guanxi.contact.internal;

import java.util.List;

/**
 * Names and mobile numbers of the people at the demo company's foreign customers, per country, so that a
 * company in Hamburg has a Müller and one in Busan a Kim. In mobile patterns '#' is any digit; the US
 * numbers are in the 555-01xx block reserved for fiction.
 */
final class DemoForeignPeople {

    record Country(String name, List<String> men, List<String> women, List<String> surnames, String mobile) {
    }

    static final List<Country> COUNTRIES = List.of(
            new Country("Germany", List.of("Thomas", "Stefan", "Markus", "Andreas", "Jan", "Lukas"),
                    List.of("Anna", "Julia", "Katrin", "Sabine", "Laura"),
                    List.of("Müller", "Schmidt", "Schneider", "Fischer", "Becker", "Hoffmann", "Wagner", "Koch"), "+49 151 #### ####"),
            new Country("Netherlands", List.of("Pieter", "Daan", "Sander", "Joris"), List.of("Sanne", "Lotte", "Eva"),
                    List.of("de Vries", "Jansen", "Bakker", "Visser", "Smit", "van den Berg"), "+31 6 #### ####"),
            new Country("Italy", List.of("Marco", "Luca", "Giovanni", "Alessandro"), List.of("Giulia", "Francesca", "Chiara"),
                    List.of("Rossi", "Russo", "Ferrari", "Esposito", "Romano", "Colombo"), "+39 3## ### ####"),
            new Country("France", List.of("Pierre", "Nicolas", "Julien", "Antoine"), List.of("Camille", "Claire", "Sophie"),
                    List.of("Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Lefèvre"), "+33 6 ## ## ## ##"),
            new Country("United States", List.of("James", "Robert", "Michael", "David", "Kevin", "Brian", "Jason"),
                    List.of("Jennifer", "Sarah", "Emily", "Jessica", "Amanda", "Rachel"),
                    List.of("Smith", "Johnson", "Williams", "Brown", "Miller", "Davis", "Wilson", "Anderson", "Taylor"),
                    "+1 646 555 01##"),
            new Country("Australia", List.of("Liam", "Jack", "Noah", "Oliver"), List.of("Charlotte", "Chloe", "Emma"),
                    List.of("Smith", "Jones", "Williams", "Taylor", "Mitchell", "Kelly"), "+61 4## ### ###"),
            new Country("Singapore", List.of("Wei Ming", "Jun Jie", "Kumar", "Ahmad"), List.of("Mei Ling", "Hui Min", "Priya"),
                    List.of("Tan", "Lim", "Lee", "Ng", "Wong", "Goh"), "+65 9### ####"),
            new Country("Malaysia", List.of("Ahmad", "Hafiz", "Chee Keong"), List.of("Siti", "Nurul", "Mei Yee"),
                    List.of("Rahman", "Abdullah", "Ismail", "Tan", "Lim"), "+60 12 ### ####"),
            new Country("Japan", List.of("Hiroshi", "Takashi", "Kenji", "Daisuke"), List.of("Yuko", "Akiko", "Naomi"),
                    List.of("Tanaka", "Suzuki", "Takahashi", "Watanabe", "Ito", "Nakamura"), "+81 90 #### ####"),
            new Country("South Korea", List.of("Min-jun", "Ji-hoon", "Sung-ho"), List.of("Seo-yeon", "Ji-young", "Hye-jin"),
                    List.of("Kim", "Lee", "Park", "Choi", "Jung"), "+82 10 #### ####"),
            new Country("Vietnam", List.of("Minh", "Tuan", "Duc", "Hung"), List.of("Lan", "Huong", "Linh"),
                    List.of("Nguyen", "Tran", "Le", "Pham", "Hoang"), "+84 9# ### ####"));

    private DemoForeignPeople() {
    }

    /** The country's names, or American ones for a country the list does not know. */
    static Country of(String country) {
        return COUNTRIES.stream().filter(c -> c.name().equals(country)).findFirst()
                .orElseGet(() -> COUNTRIES.stream().filter(c -> c.name().equals("United States")).findFirst().orElseThrow());
    }
}
