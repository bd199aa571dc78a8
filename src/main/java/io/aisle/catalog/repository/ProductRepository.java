package io.aisle.catalog.repository;

import io.aisle.catalog.model.Product;
import io.aisle.catalog.model.ProductFilter;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ProductRepository implements PanacheRepository<Product> {

    public Optional<Product> findBySku(String sku) {
        return find("sku", sku).firstResultOptional();
    }

    public PanacheQuery<Product> filtered(ProductFilter filter) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (filter.category() != null) {
            where.add("(categoryPath = :category or categoryPath like :subCategories escape '\\')");
            params.and("category", filter.category()).and("subCategories", escapeLike(filter.category()) + " > %");
        }
        if (filter.minPrice() != null) {
            where.add("price >= :minPrice");
            params.and("minPrice", filter.minPrice());
        }
        if (filter.maxPrice() != null) {
            where.add("price <= :maxPrice");
            params.and("maxPrice", filter.maxPrice());
        }
        if (Boolean.TRUE.equals(filter.inStock())) {
            where.add("stock > 0");
        } else if (Boolean.FALSE.equals(filter.inStock())) {
            where.add("stock = 0");
        }
        Sort sort = Sort.by("sku");
        return where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, params);
    }

    /** Hibernate declares no escape character on PostgreSQL unless the query names one, as above. */
    /** Every category path with the number of products filed directly under it, most populous first. */
    public List<CategoryCount> categoryCounts() {
        return getEntityManager()
                .createQuery("select new io.aisle.catalog.repository.CategoryCount(p.categoryPath, count(p))"
                        + " from Product p group by p.categoryPath order by count(p) desc, p.categoryPath", CategoryCount.class)
                .getResultList();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
