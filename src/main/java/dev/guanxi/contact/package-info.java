/**
 * Contacts (联系人): the people at our accounts — their role in the buying organisation (决策链),
 * key decision-maker profiles (核心决策者档案), care dates — and the people network between them
 * (人际关系网络: who knows whom, who reports to whom). Adds the contacts panel, timeline entries and
 * people to the account page through the customer module's extension points.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contacts")
package dev.guanxi.contact;
