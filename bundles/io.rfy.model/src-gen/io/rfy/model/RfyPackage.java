/**
 */
package io.rfy.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Papers, reviewers, reviews (summaries), batches (Habr posts) and the corpus of ML news they are cross-linked with. The workspace files are the truth; this model is their in-memory form.
 * <!-- end-model-doc -->
 * @see io.rfy.model.RfyFactory
 * @model kind="package"
 * @generated
 */
public interface RfyPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://rfy.io/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "rfy";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RfyPackage eINSTANCE = io.rfy.model.impl.RfyPackageImpl.init();

	/**
	 * The meta object id for the '{@link io.rfy.model.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.rfy.model.impl.PersonImpl
	 * @see io.rfy.model.impl.RfyPackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME = 0;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.rfy.model.impl.ReviewerImpl <em>Reviewer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.rfy.model.impl.ReviewerImpl
	 * @see io.rfy.model.impl.RfyPackageImpl#getReviewer()
	 * @generated
	 */
	int REVIEWER = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWER__NAME = PERSON__NAME;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWER__ID = PERSON_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Slack</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWER__SLACK = PERSON_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Habr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWER__HABR = PERSON_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Reviewer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWER_FEATURE_COUNT = PERSON_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Reviewer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWER_OPERATION_COUNT = PERSON_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.rfy.model.impl.ReviewerRegistryImpl <em>Reviewer Registry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.rfy.model.impl.ReviewerRegistryImpl
	 * @see io.rfy.model.impl.RfyPackageImpl#getReviewerRegistry()
	 * @generated
	 */
	int REVIEWER_REGISTRY = 2;

	/**
	 * The feature id for the '<em><b>Reviewers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWER_REGISTRY__REVIEWERS = 0;

	/**
	 * The number of structural features of the '<em>Reviewer Registry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWER_REGISTRY_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Reviewer Registry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEWER_REGISTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.rfy.model.impl.PaperImpl <em>Paper</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.rfy.model.impl.PaperImpl
	 * @see io.rfy.model.impl.RfyPackageImpl#getPaper()
	 * @generated
	 */
	int PAPER = 3;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAPER__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Authors</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAPER__AUTHORS = 1;

	/**
	 * The feature id for the '<em><b>Affiliations</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAPER__AFFILIATIONS = 2;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAPER__YEAR = 3;

	/**
	 * The feature id for the '<em><b>Aliases</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAPER__ALIASES = 4;

	/**
	 * The feature id for the '<em><b>Arxiv</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAPER__ARXIV = 5;

	/**
	 * The feature id for the '<em><b>Doi</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAPER__DOI = 6;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAPER__LINKS = 7;

	/**
	 * The number of structural features of the '<em>Paper</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAPER_FEATURE_COUNT = 8;

	/**
	 * The operation id for the '<em>Get Short Name</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAPER___GET_SHORT_NAME = 0;

	/**
	 * The number of operations of the '<em>Paper</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAPER_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.rfy.model.impl.LinkImpl <em>Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.rfy.model.impl.LinkImpl
	 * @see io.rfy.model.impl.RfyPackageImpl#getLink()
	 * @generated
	 */
	int LINK = 4;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__LABEL = 0;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__URL = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK__KIND = 2;

	/**
	 * The number of structural features of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_FEATURE_COUNT = 3;

	/**
	 * The operation id for the '<em>Get Effective Kind</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK___GET_EFFECTIVE_KIND = 0;

	/**
	 * The number of operations of the '<em>Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LINK_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link io.rfy.model.impl.ReviewImpl <em>Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.rfy.model.impl.ReviewImpl
	 * @see io.rfy.model.impl.RfyPackageImpl#getReview()
	 * @generated
	 */
	int REVIEW = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__ID = 0;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__PERIOD = 1;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__REVIEWER = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__STATUS = 3;

	/**
	 * The feature id for the '<em><b>Papers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__PAPERS = 4;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__TAGS = 5;

	/**
	 * The feature id for the '<em><b>Cross Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__CROSS_LINKS = 6;

	/**
	 * The feature id for the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW__BODY = 7;

	/**
	 * The number of structural features of the '<em>Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.rfy.model.impl.CrossLinkImpl <em>Cross Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.rfy.model.impl.CrossLinkImpl
	 * @see io.rfy.model.impl.RfyPackageImpl#getCrossLink()
	 * @generated
	 */
	int CROSS_LINK = 6;

	/**
	 * The number of structural features of the '<em>Cross Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_LINK_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Cross Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CROSS_LINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.rfy.model.impl.ReviewCrossLinkImpl <em>Review Cross Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.rfy.model.impl.ReviewCrossLinkImpl
	 * @see io.rfy.model.impl.RfyPackageImpl#getReviewCrossLink()
	 * @generated
	 */
	int REVIEW_CROSS_LINK = 7;

	/**
	 * The feature id for the '<em><b>Review</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_CROSS_LINK__REVIEW = CROSS_LINK_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Review Cross Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_CROSS_LINK_FEATURE_COUNT = CROSS_LINK_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Review Cross Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_CROSS_LINK_OPERATION_COUNT = CROSS_LINK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.rfy.model.impl.PaperCrossLinkImpl <em>Paper Cross Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.rfy.model.impl.PaperCrossLinkImpl
	 * @see io.rfy.model.impl.RfyPackageImpl#getPaperCrossLink()
	 * @generated
	 */
	int PAPER_CROSS_LINK = 8;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAPER_CROSS_LINK__TITLE = CROSS_LINK_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Paper Cross Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAPER_CROSS_LINK_FEATURE_COUNT = CROSS_LINK_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Paper Cross Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PAPER_CROSS_LINK_OPERATION_COUNT = CROSS_LINK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.rfy.model.impl.CorpusCrossLinkImpl <em>Corpus Cross Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.rfy.model.impl.CorpusCrossLinkImpl
	 * @see io.rfy.model.impl.RfyPackageImpl#getCorpusCrossLink()
	 * @generated
	 */
	int CORPUS_CROSS_LINK = 9;

	/**
	 * The feature id for the '<em><b>Document</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_CROSS_LINK__DOCUMENT = CROSS_LINK_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_CROSS_LINK__QUOTE = CROSS_LINK_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_CROSS_LINK__PREFIX = CROSS_LINK_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Suffix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_CROSS_LINK__SUFFIX = CROSS_LINK_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Corpus Cross Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_CROSS_LINK_FEATURE_COUNT = CROSS_LINK_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Corpus Cross Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_CROSS_LINK_OPERATION_COUNT = CROSS_LINK_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link io.rfy.model.impl.BatchImpl <em>Batch</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.rfy.model.impl.BatchImpl
	 * @see io.rfy.model.impl.RfyPackageImpl#getBatch()
	 * @generated
	 */
	int BATCH = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATCH__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATCH__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATCH__PERIOD = 2;

	/**
	 * The feature id for the '<em><b>Part</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATCH__PART = 3;

	/**
	 * The feature id for the '<em><b>Hubs</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATCH__HUBS = 4;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATCH__TAGS = 5;

	/**
	 * The feature id for the '<em><b>Published Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATCH__PUBLISHED_DATE = 6;

	/**
	 * The feature id for the '<em><b>Published Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATCH__PUBLISHED_URL = 7;

	/**
	 * The feature id for the '<em><b>Reviews</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATCH__REVIEWS = 8;

	/**
	 * The feature id for the '<em><b>Intro</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATCH__INTRO = 9;

	/**
	 * The number of structural features of the '<em>Batch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATCH_FEATURE_COUNT = 10;

	/**
	 * The number of operations of the '<em>Batch</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BATCH_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.rfy.model.impl.CorpusImpl <em>Corpus</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.rfy.model.impl.CorpusImpl
	 * @see io.rfy.model.impl.RfyPackageImpl#getCorpus()
	 * @generated
	 */
	int CORPUS = 11;

	/**
	 * The feature id for the '<em><b>Documents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS__DOCUMENTS = 0;

	/**
	 * The number of structural features of the '<em>Corpus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Corpus</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.rfy.model.impl.CorpusDocumentImpl <em>Corpus Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.rfy.model.impl.CorpusDocumentImpl
	 * @see io.rfy.model.impl.RfyPackageImpl#getCorpusDocument()
	 * @generated
	 */
	int CORPUS_DOCUMENT = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_DOCUMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_DOCUMENT__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_DOCUMENT__FORMAT = 2;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_DOCUMENT__TEXT = 3;

	/**
	 * The feature id for the '<em><b>Items</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_DOCUMENT__ITEMS = 4;

	/**
	 * The number of structural features of the '<em>Corpus Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_DOCUMENT_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Corpus Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_DOCUMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.rfy.model.impl.CorpusItemImpl <em>Corpus Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.rfy.model.impl.CorpusItemImpl
	 * @see io.rfy.model.impl.RfyPackageImpl#getCorpusItem()
	 * @generated
	 */
	int CORPUS_ITEM = 13;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_ITEM__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_ITEM__TEXT = 1;

	/**
	 * The feature id for the '<em><b>Urls</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_ITEM__URLS = 2;

	/**
	 * The feature id for the '<em><b>Hashtags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_ITEM__HASHTAGS = 3;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_ITEM__DATE = 4;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_ITEM__START = 5;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_ITEM__END = 6;

	/**
	 * The feature id for the '<em><b>Mentions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_ITEM__MENTIONS = 7;

	/**
	 * The number of structural features of the '<em>Corpus Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_ITEM_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Corpus Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORPUS_ITEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.rfy.model.impl.MentionImpl <em>Mention</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.rfy.model.impl.MentionImpl
	 * @see io.rfy.model.impl.RfyPackageImpl#getMention()
	 * @generated
	 */
	int MENTION = 14;

	/**
	 * The feature id for the '<em><b>Paper</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__PAPER = 0;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__QUOTE = 1;

	/**
	 * The feature id for the '<em><b>Prefix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__PREFIX = 2;

	/**
	 * The feature id for the '<em><b>Suffix</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__SUFFIX = 3;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__START = 4;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__END = 5;

	/**
	 * The feature id for the '<em><b>Confidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION__CONFIDENCE = 6;

	/**
	 * The number of structural features of the '<em>Mention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Mention</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MENTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link io.rfy.model.LinkKind <em>Link Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.rfy.model.LinkKind
	 * @see io.rfy.model.impl.RfyPackageImpl#getLinkKind()
	 * @generated
	 */
	int LINK_KIND = 15;

	/**
	 * The meta object id for the '{@link io.rfy.model.ReviewStatus <em>Review Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.rfy.model.ReviewStatus
	 * @see io.rfy.model.impl.RfyPackageImpl#getReviewStatus()
	 * @generated
	 */
	int REVIEW_STATUS = 16;

	/**
	 * The meta object id for the '{@link io.rfy.model.CorpusFormat <em>Corpus Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see io.rfy.model.CorpusFormat
	 * @see io.rfy.model.impl.RfyPackageImpl#getCorpusFormat()
	 * @generated
	 */
	int CORPUS_FORMAT = 17;


	/**
	 * Returns the meta object for class '{@link io.rfy.model.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see io.rfy.model.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Person#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see io.rfy.model.Person#getName()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Name();

	/**
	 * Returns the meta object for class '{@link io.rfy.model.Reviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reviewer</em>'.
	 * @see io.rfy.model.Reviewer
	 * @generated
	 */
	EClass getReviewer();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Reviewer#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.rfy.model.Reviewer#getId()
	 * @see #getReviewer()
	 * @generated
	 */
	EAttribute getReviewer_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Reviewer#getSlack <em>Slack</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slack</em>'.
	 * @see io.rfy.model.Reviewer#getSlack()
	 * @see #getReviewer()
	 * @generated
	 */
	EAttribute getReviewer_Slack();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Reviewer#getHabr <em>Habr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Habr</em>'.
	 * @see io.rfy.model.Reviewer#getHabr()
	 * @see #getReviewer()
	 * @generated
	 */
	EAttribute getReviewer_Habr();

	/**
	 * Returns the meta object for class '{@link io.rfy.model.ReviewerRegistry <em>Reviewer Registry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reviewer Registry</em>'.
	 * @see io.rfy.model.ReviewerRegistry
	 * @generated
	 */
	EClass getReviewerRegistry();

	/**
	 * Returns the meta object for the containment reference list '{@link io.rfy.model.ReviewerRegistry#getReviewers <em>Reviewers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Reviewers</em>'.
	 * @see io.rfy.model.ReviewerRegistry#getReviewers()
	 * @see #getReviewerRegistry()
	 * @generated
	 */
	EReference getReviewerRegistry_Reviewers();

	/**
	 * Returns the meta object for class '{@link io.rfy.model.Paper <em>Paper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Paper</em>'.
	 * @see io.rfy.model.Paper
	 * @generated
	 */
	EClass getPaper();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Paper#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see io.rfy.model.Paper#getTitle()
	 * @see #getPaper()
	 * @generated
	 */
	EAttribute getPaper_Title();

	/**
	 * Returns the meta object for the attribute list '{@link io.rfy.model.Paper#getAuthors <em>Authors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Authors</em>'.
	 * @see io.rfy.model.Paper#getAuthors()
	 * @see #getPaper()
	 * @generated
	 */
	EAttribute getPaper_Authors();

	/**
	 * Returns the meta object for the attribute list '{@link io.rfy.model.Paper#getAffiliations <em>Affiliations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Affiliations</em>'.
	 * @see io.rfy.model.Paper#getAffiliations()
	 * @see #getPaper()
	 * @generated
	 */
	EAttribute getPaper_Affiliations();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Paper#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see io.rfy.model.Paper#getYear()
	 * @see #getPaper()
	 * @generated
	 */
	EAttribute getPaper_Year();

	/**
	 * Returns the meta object for the attribute list '{@link io.rfy.model.Paper#getAliases <em>Aliases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Aliases</em>'.
	 * @see io.rfy.model.Paper#getAliases()
	 * @see #getPaper()
	 * @generated
	 */
	EAttribute getPaper_Aliases();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Paper#getArxiv <em>Arxiv</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Arxiv</em>'.
	 * @see io.rfy.model.Paper#getArxiv()
	 * @see #getPaper()
	 * @generated
	 */
	EAttribute getPaper_Arxiv();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Paper#getDoi <em>Doi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Doi</em>'.
	 * @see io.rfy.model.Paper#getDoi()
	 * @see #getPaper()
	 * @generated
	 */
	EAttribute getPaper_Doi();

	/**
	 * Returns the meta object for the containment reference list '{@link io.rfy.model.Paper#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Links</em>'.
	 * @see io.rfy.model.Paper#getLinks()
	 * @see #getPaper()
	 * @generated
	 */
	EReference getPaper_Links();

	/**
	 * Returns the meta object for the '{@link io.rfy.model.Paper#getShortName() <em>Get Short Name</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Short Name</em>' operation.
	 * @see io.rfy.model.Paper#getShortName()
	 * @generated
	 */
	EOperation getPaper__GetShortName();

	/**
	 * Returns the meta object for class '{@link io.rfy.model.Link <em>Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Link</em>'.
	 * @see io.rfy.model.Link
	 * @generated
	 */
	EClass getLink();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Link#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see io.rfy.model.Link#getLabel()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Label();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Link#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see io.rfy.model.Link#getUrl()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Url();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Link#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see io.rfy.model.Link#getKind()
	 * @see #getLink()
	 * @generated
	 */
	EAttribute getLink_Kind();

	/**
	 * Returns the meta object for the '{@link io.rfy.model.Link#getEffectiveKind() <em>Get Effective Kind</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Get Effective Kind</em>' operation.
	 * @see io.rfy.model.Link#getEffectiveKind()
	 * @generated
	 */
	EOperation getLink__GetEffectiveKind();

	/**
	 * Returns the meta object for class '{@link io.rfy.model.Review <em>Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review</em>'.
	 * @see io.rfy.model.Review
	 * @generated
	 */
	EClass getReview();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Review#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.rfy.model.Review#getId()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Review#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see io.rfy.model.Review#getPeriod()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_Period();

	/**
	 * Returns the meta object for the reference '{@link io.rfy.model.Review#getReviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reviewer</em>'.
	 * @see io.rfy.model.Review#getReviewer()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_Reviewer();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Review#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see io.rfy.model.Review#getStatus()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link io.rfy.model.Review#getPapers <em>Papers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Papers</em>'.
	 * @see io.rfy.model.Review#getPapers()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_Papers();

	/**
	 * Returns the meta object for the attribute list '{@link io.rfy.model.Review#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see io.rfy.model.Review#getTags()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_Tags();

	/**
	 * Returns the meta object for the containment reference list '{@link io.rfy.model.Review#getCrossLinks <em>Cross Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cross Links</em>'.
	 * @see io.rfy.model.Review#getCrossLinks()
	 * @see #getReview()
	 * @generated
	 */
	EReference getReview_CrossLinks();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Review#getBody <em>Body</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Body</em>'.
	 * @see io.rfy.model.Review#getBody()
	 * @see #getReview()
	 * @generated
	 */
	EAttribute getReview_Body();

	/**
	 * Returns the meta object for class '{@link io.rfy.model.CrossLink <em>Cross Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cross Link</em>'.
	 * @see io.rfy.model.CrossLink
	 * @generated
	 */
	EClass getCrossLink();

	/**
	 * Returns the meta object for class '{@link io.rfy.model.ReviewCrossLink <em>Review Cross Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review Cross Link</em>'.
	 * @see io.rfy.model.ReviewCrossLink
	 * @generated
	 */
	EClass getReviewCrossLink();

	/**
	 * Returns the meta object for the reference '{@link io.rfy.model.ReviewCrossLink#getReview <em>Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Review</em>'.
	 * @see io.rfy.model.ReviewCrossLink#getReview()
	 * @see #getReviewCrossLink()
	 * @generated
	 */
	EReference getReviewCrossLink_Review();

	/**
	 * Returns the meta object for class '{@link io.rfy.model.PaperCrossLink <em>Paper Cross Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Paper Cross Link</em>'.
	 * @see io.rfy.model.PaperCrossLink
	 * @generated
	 */
	EClass getPaperCrossLink();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.PaperCrossLink#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see io.rfy.model.PaperCrossLink#getTitle()
	 * @see #getPaperCrossLink()
	 * @generated
	 */
	EAttribute getPaperCrossLink_Title();

	/**
	 * Returns the meta object for class '{@link io.rfy.model.CorpusCrossLink <em>Corpus Cross Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Corpus Cross Link</em>'.
	 * @see io.rfy.model.CorpusCrossLink
	 * @generated
	 */
	EClass getCorpusCrossLink();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.CorpusCrossLink#getDocument <em>Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document</em>'.
	 * @see io.rfy.model.CorpusCrossLink#getDocument()
	 * @see #getCorpusCrossLink()
	 * @generated
	 */
	EAttribute getCorpusCrossLink_Document();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.CorpusCrossLink#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote</em>'.
	 * @see io.rfy.model.CorpusCrossLink#getQuote()
	 * @see #getCorpusCrossLink()
	 * @generated
	 */
	EAttribute getCorpusCrossLink_Quote();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.CorpusCrossLink#getPrefix <em>Prefix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prefix</em>'.
	 * @see io.rfy.model.CorpusCrossLink#getPrefix()
	 * @see #getCorpusCrossLink()
	 * @generated
	 */
	EAttribute getCorpusCrossLink_Prefix();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.CorpusCrossLink#getSuffix <em>Suffix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Suffix</em>'.
	 * @see io.rfy.model.CorpusCrossLink#getSuffix()
	 * @see #getCorpusCrossLink()
	 * @generated
	 */
	EAttribute getCorpusCrossLink_Suffix();

	/**
	 * Returns the meta object for class '{@link io.rfy.model.Batch <em>Batch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Batch</em>'.
	 * @see io.rfy.model.Batch
	 * @generated
	 */
	EClass getBatch();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Batch#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.rfy.model.Batch#getId()
	 * @see #getBatch()
	 * @generated
	 */
	EAttribute getBatch_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Batch#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see io.rfy.model.Batch#getTitle()
	 * @see #getBatch()
	 * @generated
	 */
	EAttribute getBatch_Title();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Batch#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see io.rfy.model.Batch#getPeriod()
	 * @see #getBatch()
	 * @generated
	 */
	EAttribute getBatch_Period();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Batch#getPart <em>Part</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Part</em>'.
	 * @see io.rfy.model.Batch#getPart()
	 * @see #getBatch()
	 * @generated
	 */
	EAttribute getBatch_Part();

	/**
	 * Returns the meta object for the attribute list '{@link io.rfy.model.Batch#getHubs <em>Hubs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Hubs</em>'.
	 * @see io.rfy.model.Batch#getHubs()
	 * @see #getBatch()
	 * @generated
	 */
	EAttribute getBatch_Hubs();

	/**
	 * Returns the meta object for the attribute list '{@link io.rfy.model.Batch#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see io.rfy.model.Batch#getTags()
	 * @see #getBatch()
	 * @generated
	 */
	EAttribute getBatch_Tags();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Batch#getPublishedDate <em>Published Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published Date</em>'.
	 * @see io.rfy.model.Batch#getPublishedDate()
	 * @see #getBatch()
	 * @generated
	 */
	EAttribute getBatch_PublishedDate();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Batch#getPublishedUrl <em>Published Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published Url</em>'.
	 * @see io.rfy.model.Batch#getPublishedUrl()
	 * @see #getBatch()
	 * @generated
	 */
	EAttribute getBatch_PublishedUrl();

	/**
	 * Returns the meta object for the reference list '{@link io.rfy.model.Batch#getReviews <em>Reviews</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Reviews</em>'.
	 * @see io.rfy.model.Batch#getReviews()
	 * @see #getBatch()
	 * @generated
	 */
	EReference getBatch_Reviews();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Batch#getIntro <em>Intro</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Intro</em>'.
	 * @see io.rfy.model.Batch#getIntro()
	 * @see #getBatch()
	 * @generated
	 */
	EAttribute getBatch_Intro();

	/**
	 * Returns the meta object for class '{@link io.rfy.model.Corpus <em>Corpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Corpus</em>'.
	 * @see io.rfy.model.Corpus
	 * @generated
	 */
	EClass getCorpus();

	/**
	 * Returns the meta object for the containment reference list '{@link io.rfy.model.Corpus#getDocuments <em>Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Documents</em>'.
	 * @see io.rfy.model.Corpus#getDocuments()
	 * @see #getCorpus()
	 * @generated
	 */
	EReference getCorpus_Documents();

	/**
	 * Returns the meta object for class '{@link io.rfy.model.CorpusDocument <em>Corpus Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Corpus Document</em>'.
	 * @see io.rfy.model.CorpusDocument
	 * @generated
	 */
	EClass getCorpusDocument();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.CorpusDocument#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see io.rfy.model.CorpusDocument#getId()
	 * @see #getCorpusDocument()
	 * @generated
	 */
	EAttribute getCorpusDocument_Id();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.CorpusDocument#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see io.rfy.model.CorpusDocument#getTitle()
	 * @see #getCorpusDocument()
	 * @generated
	 */
	EAttribute getCorpusDocument_Title();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.CorpusDocument#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see io.rfy.model.CorpusDocument#getFormat()
	 * @see #getCorpusDocument()
	 * @generated
	 */
	EAttribute getCorpusDocument_Format();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.CorpusDocument#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see io.rfy.model.CorpusDocument#getText()
	 * @see #getCorpusDocument()
	 * @generated
	 */
	EAttribute getCorpusDocument_Text();

	/**
	 * Returns the meta object for the containment reference list '{@link io.rfy.model.CorpusDocument#getItems <em>Items</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Items</em>'.
	 * @see io.rfy.model.CorpusDocument#getItems()
	 * @see #getCorpusDocument()
	 * @generated
	 */
	EReference getCorpusDocument_Items();

	/**
	 * Returns the meta object for class '{@link io.rfy.model.CorpusItem <em>Corpus Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Corpus Item</em>'.
	 * @see io.rfy.model.CorpusItem
	 * @generated
	 */
	EClass getCorpusItem();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.CorpusItem#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see io.rfy.model.CorpusItem#getTitle()
	 * @see #getCorpusItem()
	 * @generated
	 */
	EAttribute getCorpusItem_Title();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.CorpusItem#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see io.rfy.model.CorpusItem#getText()
	 * @see #getCorpusItem()
	 * @generated
	 */
	EAttribute getCorpusItem_Text();

	/**
	 * Returns the meta object for the attribute list '{@link io.rfy.model.CorpusItem#getUrls <em>Urls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Urls</em>'.
	 * @see io.rfy.model.CorpusItem#getUrls()
	 * @see #getCorpusItem()
	 * @generated
	 */
	EAttribute getCorpusItem_Urls();

	/**
	 * Returns the meta object for the attribute list '{@link io.rfy.model.CorpusItem#getHashtags <em>Hashtags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Hashtags</em>'.
	 * @see io.rfy.model.CorpusItem#getHashtags()
	 * @see #getCorpusItem()
	 * @generated
	 */
	EAttribute getCorpusItem_Hashtags();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.CorpusItem#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see io.rfy.model.CorpusItem#getDate()
	 * @see #getCorpusItem()
	 * @generated
	 */
	EAttribute getCorpusItem_Date();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.CorpusItem#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see io.rfy.model.CorpusItem#getStart()
	 * @see #getCorpusItem()
	 * @generated
	 */
	EAttribute getCorpusItem_Start();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.CorpusItem#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see io.rfy.model.CorpusItem#getEnd()
	 * @see #getCorpusItem()
	 * @generated
	 */
	EAttribute getCorpusItem_End();

	/**
	 * Returns the meta object for the containment reference list '{@link io.rfy.model.CorpusItem#getMentions <em>Mentions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Mentions</em>'.
	 * @see io.rfy.model.CorpusItem#getMentions()
	 * @see #getCorpusItem()
	 * @generated
	 */
	EReference getCorpusItem_Mentions();

	/**
	 * Returns the meta object for class '{@link io.rfy.model.Mention <em>Mention</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mention</em>'.
	 * @see io.rfy.model.Mention
	 * @generated
	 */
	EClass getMention();

	/**
	 * Returns the meta object for the reference '{@link io.rfy.model.Mention#getPaper <em>Paper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Paper</em>'.
	 * @see io.rfy.model.Mention#getPaper()
	 * @see #getMention()
	 * @generated
	 */
	EReference getMention_Paper();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Mention#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote</em>'.
	 * @see io.rfy.model.Mention#getQuote()
	 * @see #getMention()
	 * @generated
	 */
	EAttribute getMention_Quote();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Mention#getPrefix <em>Prefix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prefix</em>'.
	 * @see io.rfy.model.Mention#getPrefix()
	 * @see #getMention()
	 * @generated
	 */
	EAttribute getMention_Prefix();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Mention#getSuffix <em>Suffix</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Suffix</em>'.
	 * @see io.rfy.model.Mention#getSuffix()
	 * @see #getMention()
	 * @generated
	 */
	EAttribute getMention_Suffix();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Mention#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see io.rfy.model.Mention#getStart()
	 * @see #getMention()
	 * @generated
	 */
	EAttribute getMention_Start();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Mention#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see io.rfy.model.Mention#getEnd()
	 * @see #getMention()
	 * @generated
	 */
	EAttribute getMention_End();

	/**
	 * Returns the meta object for the attribute '{@link io.rfy.model.Mention#getConfidence <em>Confidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Confidence</em>'.
	 * @see io.rfy.model.Mention#getConfidence()
	 * @see #getMention()
	 * @generated
	 */
	EAttribute getMention_Confidence();

	/**
	 * Returns the meta object for enum '{@link io.rfy.model.LinkKind <em>Link Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Link Kind</em>'.
	 * @see io.rfy.model.LinkKind
	 * @generated
	 */
	EEnum getLinkKind();

	/**
	 * Returns the meta object for enum '{@link io.rfy.model.ReviewStatus <em>Review Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Review Status</em>'.
	 * @see io.rfy.model.ReviewStatus
	 * @generated
	 */
	EEnum getReviewStatus();

	/**
	 * Returns the meta object for enum '{@link io.rfy.model.CorpusFormat <em>Corpus Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Corpus Format</em>'.
	 * @see io.rfy.model.CorpusFormat
	 * @generated
	 */
	EEnum getCorpusFormat();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	RfyFactory getRfyFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link io.rfy.model.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.rfy.model.impl.PersonImpl
		 * @see io.rfy.model.impl.RfyPackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__NAME = eINSTANCE.getPerson_Name();

		/**
		 * The meta object literal for the '{@link io.rfy.model.impl.ReviewerImpl <em>Reviewer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.rfy.model.impl.ReviewerImpl
		 * @see io.rfy.model.impl.RfyPackageImpl#getReviewer()
		 * @generated
		 */
		EClass REVIEWER = eINSTANCE.getReviewer();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEWER__ID = eINSTANCE.getReviewer_Id();

		/**
		 * The meta object literal for the '<em><b>Slack</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEWER__SLACK = eINSTANCE.getReviewer_Slack();

		/**
		 * The meta object literal for the '<em><b>Habr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEWER__HABR = eINSTANCE.getReviewer_Habr();

		/**
		 * The meta object literal for the '{@link io.rfy.model.impl.ReviewerRegistryImpl <em>Reviewer Registry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.rfy.model.impl.ReviewerRegistryImpl
		 * @see io.rfy.model.impl.RfyPackageImpl#getReviewerRegistry()
		 * @generated
		 */
		EClass REVIEWER_REGISTRY = eINSTANCE.getReviewerRegistry();

		/**
		 * The meta object literal for the '<em><b>Reviewers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEWER_REGISTRY__REVIEWERS = eINSTANCE.getReviewerRegistry_Reviewers();

		/**
		 * The meta object literal for the '{@link io.rfy.model.impl.PaperImpl <em>Paper</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.rfy.model.impl.PaperImpl
		 * @see io.rfy.model.impl.RfyPackageImpl#getPaper()
		 * @generated
		 */
		EClass PAPER = eINSTANCE.getPaper();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAPER__TITLE = eINSTANCE.getPaper_Title();

		/**
		 * The meta object literal for the '<em><b>Authors</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAPER__AUTHORS = eINSTANCE.getPaper_Authors();

		/**
		 * The meta object literal for the '<em><b>Affiliations</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAPER__AFFILIATIONS = eINSTANCE.getPaper_Affiliations();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAPER__YEAR = eINSTANCE.getPaper_Year();

		/**
		 * The meta object literal for the '<em><b>Aliases</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAPER__ALIASES = eINSTANCE.getPaper_Aliases();

		/**
		 * The meta object literal for the '<em><b>Arxiv</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAPER__ARXIV = eINSTANCE.getPaper_Arxiv();

		/**
		 * The meta object literal for the '<em><b>Doi</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAPER__DOI = eINSTANCE.getPaper_Doi();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PAPER__LINKS = eINSTANCE.getPaper_Links();

		/**
		 * The meta object literal for the '<em><b>Get Short Name</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation PAPER___GET_SHORT_NAME = eINSTANCE.getPaper__GetShortName();

		/**
		 * The meta object literal for the '{@link io.rfy.model.impl.LinkImpl <em>Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.rfy.model.impl.LinkImpl
		 * @see io.rfy.model.impl.RfyPackageImpl#getLink()
		 * @generated
		 */
		EClass LINK = eINSTANCE.getLink();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__LABEL = eINSTANCE.getLink_Label();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__URL = eINSTANCE.getLink_Url();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LINK__KIND = eINSTANCE.getLink_Kind();

		/**
		 * The meta object literal for the '<em><b>Get Effective Kind</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation LINK___GET_EFFECTIVE_KIND = eINSTANCE.getLink__GetEffectiveKind();

		/**
		 * The meta object literal for the '{@link io.rfy.model.impl.ReviewImpl <em>Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.rfy.model.impl.ReviewImpl
		 * @see io.rfy.model.impl.RfyPackageImpl#getReview()
		 * @generated
		 */
		EClass REVIEW = eINSTANCE.getReview();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__ID = eINSTANCE.getReview_Id();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__PERIOD = eINSTANCE.getReview_Period();

		/**
		 * The meta object literal for the '<em><b>Reviewer</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__REVIEWER = eINSTANCE.getReview_Reviewer();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__STATUS = eINSTANCE.getReview_Status();

		/**
		 * The meta object literal for the '<em><b>Papers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__PAPERS = eINSTANCE.getReview_Papers();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__TAGS = eINSTANCE.getReview_Tags();

		/**
		 * The meta object literal for the '<em><b>Cross Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW__CROSS_LINKS = eINSTANCE.getReview_CrossLinks();

		/**
		 * The meta object literal for the '<em><b>Body</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW__BODY = eINSTANCE.getReview_Body();

		/**
		 * The meta object literal for the '{@link io.rfy.model.impl.CrossLinkImpl <em>Cross Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.rfy.model.impl.CrossLinkImpl
		 * @see io.rfy.model.impl.RfyPackageImpl#getCrossLink()
		 * @generated
		 */
		EClass CROSS_LINK = eINSTANCE.getCrossLink();

		/**
		 * The meta object literal for the '{@link io.rfy.model.impl.ReviewCrossLinkImpl <em>Review Cross Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.rfy.model.impl.ReviewCrossLinkImpl
		 * @see io.rfy.model.impl.RfyPackageImpl#getReviewCrossLink()
		 * @generated
		 */
		EClass REVIEW_CROSS_LINK = eINSTANCE.getReviewCrossLink();

		/**
		 * The meta object literal for the '<em><b>Review</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REVIEW_CROSS_LINK__REVIEW = eINSTANCE.getReviewCrossLink_Review();

		/**
		 * The meta object literal for the '{@link io.rfy.model.impl.PaperCrossLinkImpl <em>Paper Cross Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.rfy.model.impl.PaperCrossLinkImpl
		 * @see io.rfy.model.impl.RfyPackageImpl#getPaperCrossLink()
		 * @generated
		 */
		EClass PAPER_CROSS_LINK = eINSTANCE.getPaperCrossLink();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PAPER_CROSS_LINK__TITLE = eINSTANCE.getPaperCrossLink_Title();

		/**
		 * The meta object literal for the '{@link io.rfy.model.impl.CorpusCrossLinkImpl <em>Corpus Cross Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.rfy.model.impl.CorpusCrossLinkImpl
		 * @see io.rfy.model.impl.RfyPackageImpl#getCorpusCrossLink()
		 * @generated
		 */
		EClass CORPUS_CROSS_LINK = eINSTANCE.getCorpusCrossLink();

		/**
		 * The meta object literal for the '<em><b>Document</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS_CROSS_LINK__DOCUMENT = eINSTANCE.getCorpusCrossLink_Document();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS_CROSS_LINK__QUOTE = eINSTANCE.getCorpusCrossLink_Quote();

		/**
		 * The meta object literal for the '<em><b>Prefix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS_CROSS_LINK__PREFIX = eINSTANCE.getCorpusCrossLink_Prefix();

		/**
		 * The meta object literal for the '<em><b>Suffix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS_CROSS_LINK__SUFFIX = eINSTANCE.getCorpusCrossLink_Suffix();

		/**
		 * The meta object literal for the '{@link io.rfy.model.impl.BatchImpl <em>Batch</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.rfy.model.impl.BatchImpl
		 * @see io.rfy.model.impl.RfyPackageImpl#getBatch()
		 * @generated
		 */
		EClass BATCH = eINSTANCE.getBatch();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BATCH__ID = eINSTANCE.getBatch_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BATCH__TITLE = eINSTANCE.getBatch_Title();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BATCH__PERIOD = eINSTANCE.getBatch_Period();

		/**
		 * The meta object literal for the '<em><b>Part</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BATCH__PART = eINSTANCE.getBatch_Part();

		/**
		 * The meta object literal for the '<em><b>Hubs</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BATCH__HUBS = eINSTANCE.getBatch_Hubs();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BATCH__TAGS = eINSTANCE.getBatch_Tags();

		/**
		 * The meta object literal for the '<em><b>Published Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BATCH__PUBLISHED_DATE = eINSTANCE.getBatch_PublishedDate();

		/**
		 * The meta object literal for the '<em><b>Published Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BATCH__PUBLISHED_URL = eINSTANCE.getBatch_PublishedUrl();

		/**
		 * The meta object literal for the '<em><b>Reviews</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BATCH__REVIEWS = eINSTANCE.getBatch_Reviews();

		/**
		 * The meta object literal for the '<em><b>Intro</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BATCH__INTRO = eINSTANCE.getBatch_Intro();

		/**
		 * The meta object literal for the '{@link io.rfy.model.impl.CorpusImpl <em>Corpus</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.rfy.model.impl.CorpusImpl
		 * @see io.rfy.model.impl.RfyPackageImpl#getCorpus()
		 * @generated
		 */
		EClass CORPUS = eINSTANCE.getCorpus();

		/**
		 * The meta object literal for the '<em><b>Documents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS__DOCUMENTS = eINSTANCE.getCorpus_Documents();

		/**
		 * The meta object literal for the '{@link io.rfy.model.impl.CorpusDocumentImpl <em>Corpus Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.rfy.model.impl.CorpusDocumentImpl
		 * @see io.rfy.model.impl.RfyPackageImpl#getCorpusDocument()
		 * @generated
		 */
		EClass CORPUS_DOCUMENT = eINSTANCE.getCorpusDocument();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS_DOCUMENT__ID = eINSTANCE.getCorpusDocument_Id();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS_DOCUMENT__TITLE = eINSTANCE.getCorpusDocument_Title();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS_DOCUMENT__FORMAT = eINSTANCE.getCorpusDocument_Format();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS_DOCUMENT__TEXT = eINSTANCE.getCorpusDocument_Text();

		/**
		 * The meta object literal for the '<em><b>Items</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS_DOCUMENT__ITEMS = eINSTANCE.getCorpusDocument_Items();

		/**
		 * The meta object literal for the '{@link io.rfy.model.impl.CorpusItemImpl <em>Corpus Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.rfy.model.impl.CorpusItemImpl
		 * @see io.rfy.model.impl.RfyPackageImpl#getCorpusItem()
		 * @generated
		 */
		EClass CORPUS_ITEM = eINSTANCE.getCorpusItem();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS_ITEM__TITLE = eINSTANCE.getCorpusItem_Title();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS_ITEM__TEXT = eINSTANCE.getCorpusItem_Text();

		/**
		 * The meta object literal for the '<em><b>Urls</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS_ITEM__URLS = eINSTANCE.getCorpusItem_Urls();

		/**
		 * The meta object literal for the '<em><b>Hashtags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS_ITEM__HASHTAGS = eINSTANCE.getCorpusItem_Hashtags();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS_ITEM__DATE = eINSTANCE.getCorpusItem_Date();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS_ITEM__START = eINSTANCE.getCorpusItem_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORPUS_ITEM__END = eINSTANCE.getCorpusItem_End();

		/**
		 * The meta object literal for the '<em><b>Mentions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORPUS_ITEM__MENTIONS = eINSTANCE.getCorpusItem_Mentions();

		/**
		 * The meta object literal for the '{@link io.rfy.model.impl.MentionImpl <em>Mention</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.rfy.model.impl.MentionImpl
		 * @see io.rfy.model.impl.RfyPackageImpl#getMention()
		 * @generated
		 */
		EClass MENTION = eINSTANCE.getMention();

		/**
		 * The meta object literal for the '<em><b>Paper</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MENTION__PAPER = eINSTANCE.getMention_Paper();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MENTION__QUOTE = eINSTANCE.getMention_Quote();

		/**
		 * The meta object literal for the '<em><b>Prefix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MENTION__PREFIX = eINSTANCE.getMention_Prefix();

		/**
		 * The meta object literal for the '<em><b>Suffix</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MENTION__SUFFIX = eINSTANCE.getMention_Suffix();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MENTION__START = eINSTANCE.getMention_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MENTION__END = eINSTANCE.getMention_End();

		/**
		 * The meta object literal for the '<em><b>Confidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MENTION__CONFIDENCE = eINSTANCE.getMention_Confidence();

		/**
		 * The meta object literal for the '{@link io.rfy.model.LinkKind <em>Link Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.rfy.model.LinkKind
		 * @see io.rfy.model.impl.RfyPackageImpl#getLinkKind()
		 * @generated
		 */
		EEnum LINK_KIND = eINSTANCE.getLinkKind();

		/**
		 * The meta object literal for the '{@link io.rfy.model.ReviewStatus <em>Review Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.rfy.model.ReviewStatus
		 * @see io.rfy.model.impl.RfyPackageImpl#getReviewStatus()
		 * @generated
		 */
		EEnum REVIEW_STATUS = eINSTANCE.getReviewStatus();

		/**
		 * The meta object literal for the '{@link io.rfy.model.CorpusFormat <em>Corpus Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see io.rfy.model.CorpusFormat
		 * @see io.rfy.model.impl.RfyPackageImpl#getCorpusFormat()
		 * @generated
		 */
		EEnum CORPUS_FORMAT = eINSTANCE.getCorpusFormat();

	}

} //RfyPackage
