package uk.mljobs.roleguide;

import java.util.List;

import org.springframework.data.repository.Repository;

interface Faqs extends Repository<Faq, Long> {

	List<Faq> findByRoleIdOrderByPosition(long roleId);

}
