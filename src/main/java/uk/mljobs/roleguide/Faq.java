package uk.mljobs.roleguide;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "faq")
class Faq {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long roleId;

	private int position;

	private String question;

	private String answer;

	protected Faq() {
	}

	RoleGuide.Question toView() {
		return new RoleGuide.Question(this.question, this.answer);
	}

}
