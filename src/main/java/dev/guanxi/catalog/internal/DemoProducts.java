package dev.guanxi.catalog.internal;

import dev.guanxi.identity.DemoCompanyCreated;
import dev.guanxi.shared.security.CurrentActor;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo company's catalogue: what a starch-syrup maker, a chemicals trader and a steel distributor
 * sell — syrups by the tonne, solvents and alkali, cold-rolled, galvanised and rebar steel — with the
 * services around them, priced in CNY and, for export, a few in USD. Loaded first (order 0), before
 * the customers whose opportunities will quote these products. A product whose code (or ERP number)
 * is taken already is left as it is.
 */
@Component
class DemoProducts {

    /** One product: ERP material number, code, name, series, unit, list price and currency, description. */
    record Item(String externalId, String code, String name, String series, String unit, String price, String currency,
                String description) {
    }

    static final List<Item> ITEMS = List.of(
            new Item("MAT-100101", "SY-F55", "果葡糖浆 F55", "糖浆", "吨", "3650.00", "CNY",
                    "果糖含量≥55%，固形物77%，用于碳酸饮料和果汁饮料；槽车散装或 IBC 吨桶。"),
            new Item("MAT-100102", "SY-F42", "果葡糖浆 F42", "糖浆", "吨", "3250.00", "CNY",
                    "果糖含量≥42%，固形物71%，用于乳饮料、罐头和烘焙。"),
            new Item("MAT-100103", "SY-MALT", "麦芽糖浆", "糖浆", "吨", "3100.00", "CNY",
                    "高麦芽糖浆，麦芽糖含量≥50%，用于糖果、啤酒和调味品，抗结晶、低吸湿。"),
            new Item("MAT-100104", "SY-DE42", "葡萄糖浆 DE42", "糖浆", "吨", "2900.00", "CNY",
                    "中转化糖浆，DE值40–44，用于硬糖、软糖和冷冻食品。"),
            new Item("MAT-100105", "SY-DEX", "结晶葡萄糖（一水）", "糖浆", "吨", "3800.00", "CNY",
                    "食品级一水葡萄糖，25 kg 袋装；医药级另附 COA。"),
            new Item("MAT-100106", "SY-SOR70", "液体山梨醇 70%", "糖浆", "吨", "5200.00", "CNY",
                    "山梨醇含量70%，用于牙膏、化妆品、维生素C和食品保湿。"),
            new Item("MAT-100107", "SY-MD", "麦芽糊精 DE10–15", "糖浆", "吨", "4100.00", "CNY",
                    "喷雾干燥粉末，用于固体饮料、奶粉和调味料的填充与增稠。"),
            new Item("MAT-100108", "SY-IBC", "IBC 吨桶包装（周转）", "糖浆", "件", "650.00", "CNY",
                    "1 吨 IBC 食品级周转桶，押金制，空桶回收后退还。"),
            new Item("MAT-100191", "SY-F55-EX", "HFCS-55 果葡糖浆（出口）", "糖浆", "吨", "560.00", "USD",
                    "High-fructose corn syrup 55%, export grade, ISO tank or 1.4 t flexitank, FOB Qingdao."),
            new Item("MAT-100192", "SY-SOR-EX", "Sorbitol 70% USP 山梨醇（出口）", "糖浆", "吨", "790.00", "USD",
                    "Sorbitol solution 70%, USP/EP grade, 275 kg drums or IBC, FOB Shanghai."),
            new Item("MAT-100193", "SY-DEX-EX", "Dextrose Monohydrate 葡萄糖（出口）", "糖浆", "吨", "545.00", "USD",
                    "Dextrose monohydrate, food grade, 25 kg bags, 20 t per container, FOB Qingdao."),
            new Item("MAT-200101", "CH-ETH95", "工业乙醇 95%", "化工", "吨", "6300.00", "CNY",
                    "工业级乙醇，含量≥95%，用于溶剂、清洗和涂料；危化品槽车运输。"),
            new Item("MAT-200102", "CH-ETH99", "无水乙醇 99.9%", "化工", "吨", "7100.00", "CNY",
                    "含量≥99.9%，用于医药中间体、电子清洗和实验室；200 L 桶或槽车。"),
            new Item("MAT-200103", "CH-HAC", "冰醋酸 99.8%", "化工", "吨", "3200.00", "CNY",
                    "工业一级品，用于醋酸酯、PTA 和医药；不锈钢槽车运输。"),
            new Item("MAT-200104", "CH-EA", "乙酸乙酯 99.7%", "化工", "吨", "6200.00", "CNY",
                    "用于油墨、胶粘剂和涂料溶剂，180 kg 镀锌桶。"),
            new Item("MAT-200105", "CH-NAOH", "液碱 32%", "化工", "吨", "950.00", "CNY",
                    "离子膜液碱，用于水处理、印染和造纸；按折百吨计价另议。"),
            new Item("MAT-200191", "CH-ETH-EX", "Industrial Ethanol 95% 乙醇（出口）", "化工", "吨", "870.00", "USD",
                    "Industrial ethanol 95% v/v, ISO tank, FOB Ningbo; MSDS and COA with every lot."),
            new Item("MAT-300101", "ST-SPCC10", "冷轧卷板 SPCC 1.0mm", "钢材", "吨", "4650.00", "CNY",
                    "冷轧普通卷，厚度1.0 mm，宽度1250 mm，用于家电、五金和汽车零部件。"),
            new Item("MAT-300102", "ST-DX51D", "镀锌板 DX51D Z120", "钢材", "吨", "5150.00", "CNY",
                    "热镀锌卷/板，锌层120 g/m²，厚度0.5–2.0 mm，用于仓储货架、屋面和通风管道。"),
            new Item("MAT-300103", "ST-HRB400", "螺纹钢 HRB400 Φ16", "钢材", "吨", "3650.00", "CNY",
                    "热轧带肋钢筋，直径16 mm，定尺9 m/12 m，用于房建和市政工程。"),
            new Item("MAT-300104", "ST-Q235B", "热轧卷板 Q235B 3.0mm", "钢材", "吨", "3950.00", "CNY",
                    "热轧卷，厚度3.0 mm，用于钢结构、机械制造和开平加工。"),
            new Item("MAT-300105", "ST-304", "不锈钢冷轧板 304/2B", "钢材", "吨", "14500.00", "CNY",
                    "304 不锈钢，2B 表面，厚度1.0–3.0 mm，用于食品设备和化工容器。"),
            new Item("MAT-300191", "ST-DX51D-EX", "Galvanised Coil DX51D 镀锌卷（出口）", "钢材", "吨", "720.00", "USD",
                    "Hot-dip galvanised coil DX51D+Z120, 0.5–2.0 mm, export packing, FOB Tianjin."),
            new Item("SRV-0001", "SV-TRANS", "运输服务", "服务", "次", "2500.00", "CNY",
                    "30 吨以内整车配送，省内 48 小时到货；危化品由具资质车辆承运。"),
            new Item("SRV-0002", "SV-TECH", "技术服务", "服务", "次", "6000.00", "CNY",
                    "应用工程师驻厂一天：配方调试、工艺优化或质量问题分析，含检测报告。"),
            new Item("SRV-0003", "SV-CUT", "剪切加工服务", "服务", "吨", "180.00", "CNY",
                    "纵剪、横切和开平，按客户图纸定尺加工，随货配送。"),
            new Item("SRV-0091", "SV-FRT", "Ocean Freight 40' HC 海运（出口）", "服务", "次", "1450.00", "USD",
                    "One 40' high-cube container to the main ports of Europe, North America or Asia-Pacific, booking and customs included."));

    private final EntityManager entityManager;

    DemoProducts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @EventListener
    @Order(0)
    void on(DemoCompanyCreated company) {
        Set<String> codes = entityManager.createQuery("select lower(p.code) from Product p where p.deletedAt is null", String.class)
                .getResultStream().collect(Collectors.toSet());
        Set<String> externalIds = entityManager.createQuery(
                        "select p.externalId from Product p where p.externalId is not null", String.class)
                .getResultStream().collect(Collectors.toSet());
        int created = 0;
        for (Item item : ITEMS) {
            if (codes.contains(item.code().toLowerCase(Locale.ROOT)) || externalIds.contains(item.externalId())) {
                continue;
            }
            Product product = new Product(CurrentActor.idOrNull());
            product.setExternalId(item.externalId());
            product.setCode(item.code());
            product.setName(item.name());
            product.setSeries(item.series());
            product.setUnit(item.unit());
            product.setListPrice(new BigDecimal(item.price()));
            product.setCurrency(item.currency());
            product.setDescription(item.description());
            entityManager.persist(product);
            created++;
        }
        company.loaded().put("products", created);
    }
}
