package nl.klantreis.dsl.parser.antlr.internal;

import org.eclipse.xtext.*;
import org.eclipse.xtext.parser.*;
import org.eclipse.xtext.parser.impl.*;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.xtext.parser.antlr.AbstractInternalAntlrParser;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.parser.antlr.XtextTokenStream.HiddenTokens;
import org.eclipse.xtext.parser.antlr.AntlrDatatypeRuleToken;
import nl.klantreis.dsl.services.KlantreisGrammarAccess;



import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalKlantreisParser extends AbstractInternalAntlrParser {
    public static final String[] tokenNames = new String[] {
        "<invalid>", "<EOR>", "<DOWN>", "<UP>", "RULE_ID", "RULE_STRING", "RULE_INT", "RULE_ML_COMMENT", "RULE_SL_COMMENT", "RULE_WS", "RULE_ANY_OTHER", "'model'", "'{'", "'description'", "'}'", "'organisation'", "'kind'", "'trained'", "'staff'", "'interpreter'", "'budget'", "'caseload'", "'group'", "'refugee'", "'background'", "'members'", "'clients'", "'persona'", "'from'", "'speaks'", "','", "'dutch'", "'literacy'", "'health'", "'digital'", "'skills'", "'household'", "'gender'", "'concerns'", "'key'", "'person'", "'roles'", "'contract'", "'supervised'", "'by'", "'journey'", "'for'", "'status'", "'owner'", "'baseline'", "'triggered'", "'phase'", "'touchpoint'", "'at'", "'role'", "'channel'", "'initiated'", "'purpose'", "'duration'", "'minutes'", "'forms'", "'understanding'", "'checked'", "'emotion'", "'domains'", "'signal'", "'persons'", "'handover'", "'->'", "'pain'", "'point'", "'improvement'", "'direction'", "'addresses'", "'rule'", "'severity'", "'='", "'.'", "'-'", "'+'", "'on'", "'off'", "'ACTUAL'", "'PLANNED'", "'DRAFT'", "'REVIEWED'", "'ADOPTED'", "'ARRIVAL'", "'INBURGERING'", "'FAMILY_REUNIFICATION'", "'BIRTH'", "'SCHOOL'", "'JOB_SEARCH'", "'JOB_LOSS'", "'ILLNESS'", "'MOVING'", "'DEBT'", "'OTHER'", "'COUNTER'", "'PHONE'", "'LETTER'", "'EMAIL'", "'PORTAL'", "'HOME_VISIT'", "'GROUP_SESSION'", "'CONSULTATION_HOUR'", "'SOCIAL_MEDIA'", "'VIDEO_CALL'", "'MEETING'", "'RESIDENT'", "'ORGANISATION'", "'INFORMATION'", "'INTAKE'", "'ADVICE'", "'DECISION'", "'REFERRAL'", "'FOLLOW_UP'", "'SUPPORT'", "'NONE'", "'PROFESSIONAL'", "'BILINGUAL_STAFF'", "'KEY_PERSON'", "'FAMILY'", "'CHILD'", "'SPOKEN'", "'WRITTEN'", "'PLAIN_LANGUAGE'", "'TRANSLATED'", "'VISUAL'", "'INCOME'", "'WORK'", "'EDUCATION'", "'HOUSING'", "'PHYSICAL_HEALTH'", "'MENTAL_HEALTH'", "'SOCIAL_NETWORK'", "'WARM'", "'COLD'", "'CUSTOMER_CONTACT_CENTRE'", "'WORK_AND_INCOME'", "'SOCIAL_SUPPORT'", "'INTEGRATION'", "'PUBLIC_HEALTH'", "'GENERAL_PRACTITIONER'", "'MENTAL_HEALTH_CARE'", "'DISTRICT_NURSING'", "'YOUTH_AND_FAMILY'", "'REFUGEE_SUPPORT'", "'EMPLOYER'", "'WELFARE'", "'MIGRANT_ORGANISATION'", "'HOUSING_CORPORATION'", "'RECEPTION_CENTRE'", "'A1'", "'A2'", "'B1'", "'B2'", "'C1'", "'C2'", "'UNKNOWN'", "'LIMITED'", "'ADEQUATE'", "'SINGLE'", "'COUPLE'", "'SINGLE_PARENT'", "'AWAITING_REUNIFICATION'", "'UNSPECIFIED'", "'FEMALE'", "'MALE'", "'EDUCATOR'", "'ADVISOR'", "'MEDIATOR'", "'SCOUT'", "'ACTIVATOR'", "'VOLUNTEER'", "'EMPLOYMENT'", "'PROPOSED'", "'AGREED'", "'IN_PROGRESS'", "'DONE'", "'DROPPED'", "'LIFEWORLD_KNOWLEDGE'", "'TAILORED_SUPPORT'", "'OUTREACH'", "'EXPERIENCE_EXPERTS'", "'STAFF_DIVERSITY'", "'INFO'", "'WARNING'", "'ERROR'"
    };
    public static final int T__144=144;
    public static final int T__143=143;
    public static final int T__146=146;
    public static final int T__50=50;
    public static final int T__145=145;
    public static final int T__140=140;
    public static final int T__142=142;
    public static final int T__141=141;
    public static final int T__59=59;
    public static final int T__55=55;
    public static final int T__56=56;
    public static final int T__57=57;
    public static final int T__58=58;
    public static final int T__51=51;
    public static final int T__137=137;
    public static final int T__52=52;
    public static final int T__136=136;
    public static final int T__53=53;
    public static final int T__139=139;
    public static final int T__54=54;
    public static final int T__138=138;
    public static final int T__133=133;
    public static final int T__132=132;
    public static final int T__60=60;
    public static final int T__135=135;
    public static final int T__61=61;
    public static final int T__134=134;
    public static final int RULE_ID=4;
    public static final int T__131=131;
    public static final int T__130=130;
    public static final int RULE_INT=6;
    public static final int T__66=66;
    public static final int T__67=67;
    public static final int T__129=129;
    public static final int T__68=68;
    public static final int T__69=69;
    public static final int T__62=62;
    public static final int T__126=126;
    public static final int T__63=63;
    public static final int T__125=125;
    public static final int T__64=64;
    public static final int T__128=128;
    public static final int T__65=65;
    public static final int T__127=127;
    public static final int T__166=166;
    public static final int T__165=165;
    public static final int T__168=168;
    public static final int T__167=167;
    public static final int T__162=162;
    public static final int T__161=161;
    public static final int T__164=164;
    public static final int T__163=163;
    public static final int T__160=160;
    public static final int T__37=37;
    public static final int T__38=38;
    public static final int T__39=39;
    public static final int T__33=33;
    public static final int T__34=34;
    public static final int T__35=35;
    public static final int T__36=36;
    public static final int T__159=159;
    public static final int T__30=30;
    public static final int T__158=158;
    public static final int T__31=31;
    public static final int T__32=32;
    public static final int T__155=155;
    public static final int T__154=154;
    public static final int T__157=157;
    public static final int T__156=156;
    public static final int T__151=151;
    public static final int T__150=150;
    public static final int T__153=153;
    public static final int T__152=152;
    public static final int T__48=48;
    public static final int T__49=49;
    public static final int T__44=44;
    public static final int T__45=45;
    public static final int T__46=46;
    public static final int T__47=47;
    public static final int T__40=40;
    public static final int T__148=148;
    public static final int T__41=41;
    public static final int T__147=147;
    public static final int T__42=42;
    public static final int T__43=43;
    public static final int T__149=149;
    public static final int T__100=100;
    public static final int T__102=102;
    public static final int T__101=101;
    public static final int T__19=19;
    public static final int T__15=15;
    public static final int T__16=16;
    public static final int T__17=17;
    public static final int T__18=18;
    public static final int T__11=11;
    public static final int T__12=12;
    public static final int T__13=13;
    public static final int T__14=14;
    public static final int T__26=26;
    public static final int T__27=27;
    public static final int T__28=28;
    public static final int T__29=29;
    public static final int T__22=22;
    public static final int T__23=23;
    public static final int T__24=24;
    public static final int T__25=25;
    public static final int T__20=20;
    public static final int T__21=21;
    public static final int T__122=122;
    public static final int T__121=121;
    public static final int T__124=124;
    public static final int T__123=123;
    public static final int T__120=120;
    public static final int RULE_SL_COMMENT=8;
    public static final int T__119=119;
    public static final int T__118=118;
    public static final int T__115=115;
    public static final int EOF=-1;
    public static final int T__114=114;
    public static final int T__117=117;
    public static final int T__116=116;
    public static final int T__111=111;
    public static final int T__110=110;
    public static final int T__113=113;
    public static final int T__112=112;
    public static final int T__108=108;
    public static final int T__107=107;
    public static final int T__109=109;
    public static final int T__104=104;
    public static final int T__103=103;
    public static final int T__106=106;
    public static final int T__105=105;
    public static final int RULE_ML_COMMENT=7;
    public static final int T__91=91;
    public static final int T__188=188;
    public static final int T__92=92;
    public static final int T__187=187;
    public static final int T__93=93;
    public static final int T__94=94;
    public static final int T__184=184;
    public static final int T__183=183;
    public static final int T__186=186;
    public static final int T__90=90;
    public static final int T__185=185;
    public static final int T__180=180;
    public static final int T__182=182;
    public static final int T__181=181;
    public static final int T__99=99;
    public static final int T__95=95;
    public static final int T__96=96;
    public static final int T__97=97;
    public static final int T__98=98;
    public static final int T__177=177;
    public static final int T__176=176;
    public static final int T__179=179;
    public static final int T__178=178;
    public static final int T__173=173;
    public static final int T__172=172;
    public static final int T__175=175;
    public static final int T__174=174;
    public static final int T__171=171;
    public static final int T__170=170;
    public static final int T__169=169;
    public static final int T__70=70;
    public static final int T__71=71;
    public static final int T__72=72;
    public static final int RULE_STRING=5;
    public static final int T__77=77;
    public static final int T__78=78;
    public static final int T__79=79;
    public static final int T__73=73;
    public static final int T__74=74;
    public static final int T__75=75;
    public static final int T__76=76;
    public static final int T__80=80;
    public static final int T__81=81;
    public static final int T__82=82;
    public static final int T__83=83;
    public static final int RULE_WS=9;
    public static final int RULE_ANY_OTHER=10;
    public static final int T__88=88;
    public static final int T__89=89;
    public static final int T__84=84;
    public static final int T__85=85;
    public static final int T__86=86;
    public static final int T__87=87;

    // delegates
    // delegators


        public InternalKlantreisParser(TokenStream input) {
            this(input, new RecognizerSharedState());
        }
        public InternalKlantreisParser(TokenStream input, RecognizerSharedState state) {
            super(input, state);
             
        }
        

    public String[] getTokenNames() { return InternalKlantreisParser.tokenNames; }
    public String getGrammarFileName() { return "InternalKlantreis.g"; }



     	private KlantreisGrammarAccess grammarAccess;

        public InternalKlantreisParser(TokenStream input, KlantreisGrammarAccess grammarAccess) {
            this(input);
            this.grammarAccess = grammarAccess;
            registerRules(grammarAccess.getGrammar());
        }

        @Override
        protected String getFirstRuleName() {
        	return "JourneyModel";
       	}

       	@Override
       	protected KlantreisGrammarAccess getGrammarAccess() {
       		return grammarAccess;
       	}




    // $ANTLR start "entryRuleJourneyModel"
    // InternalKlantreis.g:66:1: entryRuleJourneyModel returns [EObject current=null] : iv_ruleJourneyModel= ruleJourneyModel EOF ;
    public final EObject entryRuleJourneyModel() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleJourneyModel = null;


        try {
            // InternalKlantreis.g:66:53: (iv_ruleJourneyModel= ruleJourneyModel EOF )
            // InternalKlantreis.g:67:2: iv_ruleJourneyModel= ruleJourneyModel EOF
            {
             newCompositeNode(grammarAccess.getJourneyModelRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleJourneyModel=ruleJourneyModel();

            state._fsp--;

             current =iv_ruleJourneyModel; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleJourneyModel"


    // $ANTLR start "ruleJourneyModel"
    // InternalKlantreis.g:73:1: ruleJourneyModel returns [EObject current=null] : (otherlv_0= 'model' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )? ( ( (lv_organisations_6_0= ruleOrganisation ) ) | ( (lv_personas_7_0= rulePersona ) ) | ( (lv_keyPersons_8_0= ruleKeyPerson ) ) | ( (lv_journeys_9_0= ruleJourney ) ) | ( (lv_ruleSettings_10_0= ruleRuleSetting ) ) )* otherlv_11= '}' ) ;
    public final EObject ruleJourneyModel() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_id_1_0=null;
        Token lv_name_2_0=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token lv_description_5_0=null;
        Token otherlv_11=null;
        EObject lv_organisations_6_0 = null;

        EObject lv_personas_7_0 = null;

        EObject lv_keyPersons_8_0 = null;

        EObject lv_journeys_9_0 = null;

        EObject lv_ruleSettings_10_0 = null;



        	enterRule();

        try {
            // InternalKlantreis.g:79:2: ( (otherlv_0= 'model' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )? ( ( (lv_organisations_6_0= ruleOrganisation ) ) | ( (lv_personas_7_0= rulePersona ) ) | ( (lv_keyPersons_8_0= ruleKeyPerson ) ) | ( (lv_journeys_9_0= ruleJourney ) ) | ( (lv_ruleSettings_10_0= ruleRuleSetting ) ) )* otherlv_11= '}' ) )
            // InternalKlantreis.g:80:2: (otherlv_0= 'model' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )? ( ( (lv_organisations_6_0= ruleOrganisation ) ) | ( (lv_personas_7_0= rulePersona ) ) | ( (lv_keyPersons_8_0= ruleKeyPerson ) ) | ( (lv_journeys_9_0= ruleJourney ) ) | ( (lv_ruleSettings_10_0= ruleRuleSetting ) ) )* otherlv_11= '}' )
            {
            // InternalKlantreis.g:80:2: (otherlv_0= 'model' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )? ( ( (lv_organisations_6_0= ruleOrganisation ) ) | ( (lv_personas_7_0= rulePersona ) ) | ( (lv_keyPersons_8_0= ruleKeyPerson ) ) | ( (lv_journeys_9_0= ruleJourney ) ) | ( (lv_ruleSettings_10_0= ruleRuleSetting ) ) )* otherlv_11= '}' )
            // InternalKlantreis.g:81:3: otherlv_0= 'model' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )? ( ( (lv_organisations_6_0= ruleOrganisation ) ) | ( (lv_personas_7_0= rulePersona ) ) | ( (lv_keyPersons_8_0= ruleKeyPerson ) ) | ( (lv_journeys_9_0= ruleJourney ) ) | ( (lv_ruleSettings_10_0= ruleRuleSetting ) ) )* otherlv_11= '}'
            {
            otherlv_0=(Token)match(input,11,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getJourneyModelAccess().getModelKeyword_0());
            		
            // InternalKlantreis.g:85:3: ( (lv_id_1_0= RULE_ID ) )
            // InternalKlantreis.g:86:4: (lv_id_1_0= RULE_ID )
            {
            // InternalKlantreis.g:86:4: (lv_id_1_0= RULE_ID )
            // InternalKlantreis.g:87:5: lv_id_1_0= RULE_ID
            {
            lv_id_1_0=(Token)match(input,RULE_ID,FOLLOW_4); 

            					newLeafNode(lv_id_1_0, grammarAccess.getJourneyModelAccess().getIdIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getJourneyModelRule());
            					}
            					setWithLastConsumed(
            						current,
            						"id",
            						lv_id_1_0,
            						"nl.klantreis.dsl.Klantreis.ID");
            				

            }


            }

            // InternalKlantreis.g:103:3: ( (lv_name_2_0= RULE_STRING ) )?
            int alt1=2;
            int LA1_0 = input.LA(1);

            if ( (LA1_0==RULE_STRING) ) {
                alt1=1;
            }
            switch (alt1) {
                case 1 :
                    // InternalKlantreis.g:104:4: (lv_name_2_0= RULE_STRING )
                    {
                    // InternalKlantreis.g:104:4: (lv_name_2_0= RULE_STRING )
                    // InternalKlantreis.g:105:5: lv_name_2_0= RULE_STRING
                    {
                    lv_name_2_0=(Token)match(input,RULE_STRING,FOLLOW_5); 

                    					newLeafNode(lv_name_2_0, grammarAccess.getJourneyModelAccess().getNameSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getJourneyModelRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"name",
                    						lv_name_2_0,
                    						"nl.klantreis.dsl.Klantreis.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_3=(Token)match(input,12,FOLLOW_6); 

            			newLeafNode(otherlv_3, grammarAccess.getJourneyModelAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalKlantreis.g:125:3: (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )?
            int alt2=2;
            int LA2_0 = input.LA(1);

            if ( (LA2_0==13) ) {
                alt2=1;
            }
            switch (alt2) {
                case 1 :
                    // InternalKlantreis.g:126:4: otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) )
                    {
                    otherlv_4=(Token)match(input,13,FOLLOW_7); 

                    				newLeafNode(otherlv_4, grammarAccess.getJourneyModelAccess().getDescriptionKeyword_4_0());
                    			
                    // InternalKlantreis.g:130:4: ( (lv_description_5_0= RULE_STRING ) )
                    // InternalKlantreis.g:131:5: (lv_description_5_0= RULE_STRING )
                    {
                    // InternalKlantreis.g:131:5: (lv_description_5_0= RULE_STRING )
                    // InternalKlantreis.g:132:6: lv_description_5_0= RULE_STRING
                    {
                    lv_description_5_0=(Token)match(input,RULE_STRING,FOLLOW_8); 

                    						newLeafNode(lv_description_5_0, grammarAccess.getJourneyModelAccess().getDescriptionSTRINGTerminalRuleCall_4_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getJourneyModelRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"description",
                    							lv_description_5_0,
                    							"nl.klantreis.dsl.Klantreis.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:149:3: ( ( (lv_organisations_6_0= ruleOrganisation ) ) | ( (lv_personas_7_0= rulePersona ) ) | ( (lv_keyPersons_8_0= ruleKeyPerson ) ) | ( (lv_journeys_9_0= ruleJourney ) ) | ( (lv_ruleSettings_10_0= ruleRuleSetting ) ) )*
            loop3:
            do {
                int alt3=6;
                switch ( input.LA(1) ) {
                case 15:
                    {
                    alt3=1;
                    }
                    break;
                case 27:
                    {
                    alt3=2;
                    }
                    break;
                case 39:
                    {
                    alt3=3;
                    }
                    break;
                case 45:
                    {
                    alt3=4;
                    }
                    break;
                case 74:
                    {
                    alt3=5;
                    }
                    break;

                }

                switch (alt3) {
            	case 1 :
            	    // InternalKlantreis.g:150:4: ( (lv_organisations_6_0= ruleOrganisation ) )
            	    {
            	    // InternalKlantreis.g:150:4: ( (lv_organisations_6_0= ruleOrganisation ) )
            	    // InternalKlantreis.g:151:5: (lv_organisations_6_0= ruleOrganisation )
            	    {
            	    // InternalKlantreis.g:151:5: (lv_organisations_6_0= ruleOrganisation )
            	    // InternalKlantreis.g:152:6: lv_organisations_6_0= ruleOrganisation
            	    {

            	    						newCompositeNode(grammarAccess.getJourneyModelAccess().getOrganisationsOrganisationParserRuleCall_5_0_0());
            	    					
            	    pushFollow(FOLLOW_8);
            	    lv_organisations_6_0=ruleOrganisation();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getJourneyModelRule());
            	    						}
            	    						add(
            	    							current,
            	    							"organisations",
            	    							lv_organisations_6_0,
            	    							"nl.klantreis.dsl.Klantreis.Organisation");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 2 :
            	    // InternalKlantreis.g:170:4: ( (lv_personas_7_0= rulePersona ) )
            	    {
            	    // InternalKlantreis.g:170:4: ( (lv_personas_7_0= rulePersona ) )
            	    // InternalKlantreis.g:171:5: (lv_personas_7_0= rulePersona )
            	    {
            	    // InternalKlantreis.g:171:5: (lv_personas_7_0= rulePersona )
            	    // InternalKlantreis.g:172:6: lv_personas_7_0= rulePersona
            	    {

            	    						newCompositeNode(grammarAccess.getJourneyModelAccess().getPersonasPersonaParserRuleCall_5_1_0());
            	    					
            	    pushFollow(FOLLOW_8);
            	    lv_personas_7_0=rulePersona();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getJourneyModelRule());
            	    						}
            	    						add(
            	    							current,
            	    							"personas",
            	    							lv_personas_7_0,
            	    							"nl.klantreis.dsl.Klantreis.Persona");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 3 :
            	    // InternalKlantreis.g:190:4: ( (lv_keyPersons_8_0= ruleKeyPerson ) )
            	    {
            	    // InternalKlantreis.g:190:4: ( (lv_keyPersons_8_0= ruleKeyPerson ) )
            	    // InternalKlantreis.g:191:5: (lv_keyPersons_8_0= ruleKeyPerson )
            	    {
            	    // InternalKlantreis.g:191:5: (lv_keyPersons_8_0= ruleKeyPerson )
            	    // InternalKlantreis.g:192:6: lv_keyPersons_8_0= ruleKeyPerson
            	    {

            	    						newCompositeNode(grammarAccess.getJourneyModelAccess().getKeyPersonsKeyPersonParserRuleCall_5_2_0());
            	    					
            	    pushFollow(FOLLOW_8);
            	    lv_keyPersons_8_0=ruleKeyPerson();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getJourneyModelRule());
            	    						}
            	    						add(
            	    							current,
            	    							"keyPersons",
            	    							lv_keyPersons_8_0,
            	    							"nl.klantreis.dsl.Klantreis.KeyPerson");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 4 :
            	    // InternalKlantreis.g:210:4: ( (lv_journeys_9_0= ruleJourney ) )
            	    {
            	    // InternalKlantreis.g:210:4: ( (lv_journeys_9_0= ruleJourney ) )
            	    // InternalKlantreis.g:211:5: (lv_journeys_9_0= ruleJourney )
            	    {
            	    // InternalKlantreis.g:211:5: (lv_journeys_9_0= ruleJourney )
            	    // InternalKlantreis.g:212:6: lv_journeys_9_0= ruleJourney
            	    {

            	    						newCompositeNode(grammarAccess.getJourneyModelAccess().getJourneysJourneyParserRuleCall_5_3_0());
            	    					
            	    pushFollow(FOLLOW_8);
            	    lv_journeys_9_0=ruleJourney();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getJourneyModelRule());
            	    						}
            	    						add(
            	    							current,
            	    							"journeys",
            	    							lv_journeys_9_0,
            	    							"nl.klantreis.dsl.Klantreis.Journey");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;
            	case 5 :
            	    // InternalKlantreis.g:230:4: ( (lv_ruleSettings_10_0= ruleRuleSetting ) )
            	    {
            	    // InternalKlantreis.g:230:4: ( (lv_ruleSettings_10_0= ruleRuleSetting ) )
            	    // InternalKlantreis.g:231:5: (lv_ruleSettings_10_0= ruleRuleSetting )
            	    {
            	    // InternalKlantreis.g:231:5: (lv_ruleSettings_10_0= ruleRuleSetting )
            	    // InternalKlantreis.g:232:6: lv_ruleSettings_10_0= ruleRuleSetting
            	    {

            	    						newCompositeNode(grammarAccess.getJourneyModelAccess().getRuleSettingsRuleSettingParserRuleCall_5_4_0());
            	    					
            	    pushFollow(FOLLOW_8);
            	    lv_ruleSettings_10_0=ruleRuleSetting();

            	    state._fsp--;


            	    						if (current==null) {
            	    							current = createModelElementForParent(grammarAccess.getJourneyModelRule());
            	    						}
            	    						add(
            	    							current,
            	    							"ruleSettings",
            	    							lv_ruleSettings_10_0,
            	    							"nl.klantreis.dsl.Klantreis.RuleSetting");
            	    						afterParserOrEnumRuleCall();
            	    					

            	    }


            	    }


            	    }
            	    break;

            	default :
            	    break loop3;
                }
            } while (true);

            otherlv_11=(Token)match(input,14,FOLLOW_2); 

            			newLeafNode(otherlv_11, grammarAccess.getJourneyModelAccess().getRightCurlyBracketKeyword_6());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleJourneyModel"


    // $ANTLR start "entryRuleOrganisation"
    // InternalKlantreis.g:258:1: entryRuleOrganisation returns [EObject current=null] : iv_ruleOrganisation= ruleOrganisation EOF ;
    public final EObject entryRuleOrganisation() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleOrganisation = null;


        try {
            // InternalKlantreis.g:258:53: (iv_ruleOrganisation= ruleOrganisation EOF )
            // InternalKlantreis.g:259:2: iv_ruleOrganisation= ruleOrganisation EOF
            {
             newCompositeNode(grammarAccess.getOrganisationRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleOrganisation=ruleOrganisation();

            state._fsp--;

             current =iv_ruleOrganisation; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleOrganisation"


    // $ANTLR start "ruleOrganisation"
    // InternalKlantreis.g:265:1: ruleOrganisation returns [EObject current=null] : (otherlv_0= 'organisation' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )? (otherlv_6= 'kind' ( (lv_kind_7_0= ruleOrganisationKind ) ) )? ( ( (lv_trainedStaff_8_0= 'trained' ) ) otherlv_9= 'staff' )? ( ( (lv_interpreterBudget_10_0= 'interpreter' ) ) otherlv_11= 'budget' )? (otherlv_12= 'caseload' ( (lv_statusHolderCaseload_13_0= RULE_INT ) ) )? ( (lv_staffGroups_14_0= ruleStaffGroup ) )* otherlv_15= '}' ) ;
    public final EObject ruleOrganisation() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_id_1_0=null;
        Token lv_name_2_0=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token lv_description_5_0=null;
        Token otherlv_6=null;
        Token lv_trainedStaff_8_0=null;
        Token otherlv_9=null;
        Token lv_interpreterBudget_10_0=null;
        Token otherlv_11=null;
        Token otherlv_12=null;
        Token lv_statusHolderCaseload_13_0=null;
        Token otherlv_15=null;
        Enumerator lv_kind_7_0 = null;

        EObject lv_staffGroups_14_0 = null;



        	enterRule();

        try {
            // InternalKlantreis.g:271:2: ( (otherlv_0= 'organisation' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )? (otherlv_6= 'kind' ( (lv_kind_7_0= ruleOrganisationKind ) ) )? ( ( (lv_trainedStaff_8_0= 'trained' ) ) otherlv_9= 'staff' )? ( ( (lv_interpreterBudget_10_0= 'interpreter' ) ) otherlv_11= 'budget' )? (otherlv_12= 'caseload' ( (lv_statusHolderCaseload_13_0= RULE_INT ) ) )? ( (lv_staffGroups_14_0= ruleStaffGroup ) )* otherlv_15= '}' ) )
            // InternalKlantreis.g:272:2: (otherlv_0= 'organisation' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )? (otherlv_6= 'kind' ( (lv_kind_7_0= ruleOrganisationKind ) ) )? ( ( (lv_trainedStaff_8_0= 'trained' ) ) otherlv_9= 'staff' )? ( ( (lv_interpreterBudget_10_0= 'interpreter' ) ) otherlv_11= 'budget' )? (otherlv_12= 'caseload' ( (lv_statusHolderCaseload_13_0= RULE_INT ) ) )? ( (lv_staffGroups_14_0= ruleStaffGroup ) )* otherlv_15= '}' )
            {
            // InternalKlantreis.g:272:2: (otherlv_0= 'organisation' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )? (otherlv_6= 'kind' ( (lv_kind_7_0= ruleOrganisationKind ) ) )? ( ( (lv_trainedStaff_8_0= 'trained' ) ) otherlv_9= 'staff' )? ( ( (lv_interpreterBudget_10_0= 'interpreter' ) ) otherlv_11= 'budget' )? (otherlv_12= 'caseload' ( (lv_statusHolderCaseload_13_0= RULE_INT ) ) )? ( (lv_staffGroups_14_0= ruleStaffGroup ) )* otherlv_15= '}' )
            // InternalKlantreis.g:273:3: otherlv_0= 'organisation' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )? (otherlv_6= 'kind' ( (lv_kind_7_0= ruleOrganisationKind ) ) )? ( ( (lv_trainedStaff_8_0= 'trained' ) ) otherlv_9= 'staff' )? ( ( (lv_interpreterBudget_10_0= 'interpreter' ) ) otherlv_11= 'budget' )? (otherlv_12= 'caseload' ( (lv_statusHolderCaseload_13_0= RULE_INT ) ) )? ( (lv_staffGroups_14_0= ruleStaffGroup ) )* otherlv_15= '}'
            {
            otherlv_0=(Token)match(input,15,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getOrganisationAccess().getOrganisationKeyword_0());
            		
            // InternalKlantreis.g:277:3: ( (lv_id_1_0= RULE_ID ) )
            // InternalKlantreis.g:278:4: (lv_id_1_0= RULE_ID )
            {
            // InternalKlantreis.g:278:4: (lv_id_1_0= RULE_ID )
            // InternalKlantreis.g:279:5: lv_id_1_0= RULE_ID
            {
            lv_id_1_0=(Token)match(input,RULE_ID,FOLLOW_4); 

            					newLeafNode(lv_id_1_0, grammarAccess.getOrganisationAccess().getIdIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getOrganisationRule());
            					}
            					setWithLastConsumed(
            						current,
            						"id",
            						lv_id_1_0,
            						"nl.klantreis.dsl.Klantreis.ID");
            				

            }


            }

            // InternalKlantreis.g:295:3: ( (lv_name_2_0= RULE_STRING ) )?
            int alt4=2;
            int LA4_0 = input.LA(1);

            if ( (LA4_0==RULE_STRING) ) {
                alt4=1;
            }
            switch (alt4) {
                case 1 :
                    // InternalKlantreis.g:296:4: (lv_name_2_0= RULE_STRING )
                    {
                    // InternalKlantreis.g:296:4: (lv_name_2_0= RULE_STRING )
                    // InternalKlantreis.g:297:5: lv_name_2_0= RULE_STRING
                    {
                    lv_name_2_0=(Token)match(input,RULE_STRING,FOLLOW_5); 

                    					newLeafNode(lv_name_2_0, grammarAccess.getOrganisationAccess().getNameSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getOrganisationRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"name",
                    						lv_name_2_0,
                    						"nl.klantreis.dsl.Klantreis.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_3=(Token)match(input,12,FOLLOW_9); 

            			newLeafNode(otherlv_3, grammarAccess.getOrganisationAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalKlantreis.g:317:3: (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )?
            int alt5=2;
            int LA5_0 = input.LA(1);

            if ( (LA5_0==13) ) {
                alt5=1;
            }
            switch (alt5) {
                case 1 :
                    // InternalKlantreis.g:318:4: otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) )
                    {
                    otherlv_4=(Token)match(input,13,FOLLOW_7); 

                    				newLeafNode(otherlv_4, grammarAccess.getOrganisationAccess().getDescriptionKeyword_4_0());
                    			
                    // InternalKlantreis.g:322:4: ( (lv_description_5_0= RULE_STRING ) )
                    // InternalKlantreis.g:323:5: (lv_description_5_0= RULE_STRING )
                    {
                    // InternalKlantreis.g:323:5: (lv_description_5_0= RULE_STRING )
                    // InternalKlantreis.g:324:6: lv_description_5_0= RULE_STRING
                    {
                    lv_description_5_0=(Token)match(input,RULE_STRING,FOLLOW_10); 

                    						newLeafNode(lv_description_5_0, grammarAccess.getOrganisationAccess().getDescriptionSTRINGTerminalRuleCall_4_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getOrganisationRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"description",
                    							lv_description_5_0,
                    							"nl.klantreis.dsl.Klantreis.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:341:3: (otherlv_6= 'kind' ( (lv_kind_7_0= ruleOrganisationKind ) ) )?
            int alt6=2;
            int LA6_0 = input.LA(1);

            if ( (LA6_0==16) ) {
                alt6=1;
            }
            switch (alt6) {
                case 1 :
                    // InternalKlantreis.g:342:4: otherlv_6= 'kind' ( (lv_kind_7_0= ruleOrganisationKind ) )
                    {
                    otherlv_6=(Token)match(input,16,FOLLOW_11); 

                    				newLeafNode(otherlv_6, grammarAccess.getOrganisationAccess().getKindKeyword_5_0());
                    			
                    // InternalKlantreis.g:346:4: ( (lv_kind_7_0= ruleOrganisationKind ) )
                    // InternalKlantreis.g:347:5: (lv_kind_7_0= ruleOrganisationKind )
                    {
                    // InternalKlantreis.g:347:5: (lv_kind_7_0= ruleOrganisationKind )
                    // InternalKlantreis.g:348:6: lv_kind_7_0= ruleOrganisationKind
                    {

                    						newCompositeNode(grammarAccess.getOrganisationAccess().getKindOrganisationKindEnumRuleCall_5_1_0());
                    					
                    pushFollow(FOLLOW_12);
                    lv_kind_7_0=ruleOrganisationKind();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getOrganisationRule());
                    						}
                    						set(
                    							current,
                    							"kind",
                    							lv_kind_7_0,
                    							"nl.klantreis.dsl.Klantreis.OrganisationKind");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:366:3: ( ( (lv_trainedStaff_8_0= 'trained' ) ) otherlv_9= 'staff' )?
            int alt7=2;
            int LA7_0 = input.LA(1);

            if ( (LA7_0==17) ) {
                alt7=1;
            }
            switch (alt7) {
                case 1 :
                    // InternalKlantreis.g:367:4: ( (lv_trainedStaff_8_0= 'trained' ) ) otherlv_9= 'staff'
                    {
                    // InternalKlantreis.g:367:4: ( (lv_trainedStaff_8_0= 'trained' ) )
                    // InternalKlantreis.g:368:5: (lv_trainedStaff_8_0= 'trained' )
                    {
                    // InternalKlantreis.g:368:5: (lv_trainedStaff_8_0= 'trained' )
                    // InternalKlantreis.g:369:6: lv_trainedStaff_8_0= 'trained'
                    {
                    lv_trainedStaff_8_0=(Token)match(input,17,FOLLOW_13); 

                    						newLeafNode(lv_trainedStaff_8_0, grammarAccess.getOrganisationAccess().getTrainedStaffTrainedKeyword_6_0_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getOrganisationRule());
                    						}
                    						setWithLastConsumed(current, "trainedStaff", lv_trainedStaff_8_0 != null, "trained");
                    					

                    }


                    }

                    otherlv_9=(Token)match(input,18,FOLLOW_14); 

                    				newLeafNode(otherlv_9, grammarAccess.getOrganisationAccess().getStaffKeyword_6_1());
                    			

                    }
                    break;

            }

            // InternalKlantreis.g:386:3: ( ( (lv_interpreterBudget_10_0= 'interpreter' ) ) otherlv_11= 'budget' )?
            int alt8=2;
            int LA8_0 = input.LA(1);

            if ( (LA8_0==19) ) {
                alt8=1;
            }
            switch (alt8) {
                case 1 :
                    // InternalKlantreis.g:387:4: ( (lv_interpreterBudget_10_0= 'interpreter' ) ) otherlv_11= 'budget'
                    {
                    // InternalKlantreis.g:387:4: ( (lv_interpreterBudget_10_0= 'interpreter' ) )
                    // InternalKlantreis.g:388:5: (lv_interpreterBudget_10_0= 'interpreter' )
                    {
                    // InternalKlantreis.g:388:5: (lv_interpreterBudget_10_0= 'interpreter' )
                    // InternalKlantreis.g:389:6: lv_interpreterBudget_10_0= 'interpreter'
                    {
                    lv_interpreterBudget_10_0=(Token)match(input,19,FOLLOW_15); 

                    						newLeafNode(lv_interpreterBudget_10_0, grammarAccess.getOrganisationAccess().getInterpreterBudgetInterpreterKeyword_7_0_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getOrganisationRule());
                    						}
                    						setWithLastConsumed(current, "interpreterBudget", lv_interpreterBudget_10_0 != null, "interpreter");
                    					

                    }


                    }

                    otherlv_11=(Token)match(input,20,FOLLOW_16); 

                    				newLeafNode(otherlv_11, grammarAccess.getOrganisationAccess().getBudgetKeyword_7_1());
                    			

                    }
                    break;

            }

            // InternalKlantreis.g:406:3: (otherlv_12= 'caseload' ( (lv_statusHolderCaseload_13_0= RULE_INT ) ) )?
            int alt9=2;
            int LA9_0 = input.LA(1);

            if ( (LA9_0==21) ) {
                alt9=1;
            }
            switch (alt9) {
                case 1 :
                    // InternalKlantreis.g:407:4: otherlv_12= 'caseload' ( (lv_statusHolderCaseload_13_0= RULE_INT ) )
                    {
                    otherlv_12=(Token)match(input,21,FOLLOW_17); 

                    				newLeafNode(otherlv_12, grammarAccess.getOrganisationAccess().getCaseloadKeyword_8_0());
                    			
                    // InternalKlantreis.g:411:4: ( (lv_statusHolderCaseload_13_0= RULE_INT ) )
                    // InternalKlantreis.g:412:5: (lv_statusHolderCaseload_13_0= RULE_INT )
                    {
                    // InternalKlantreis.g:412:5: (lv_statusHolderCaseload_13_0= RULE_INT )
                    // InternalKlantreis.g:413:6: lv_statusHolderCaseload_13_0= RULE_INT
                    {
                    lv_statusHolderCaseload_13_0=(Token)match(input,RULE_INT,FOLLOW_18); 

                    						newLeafNode(lv_statusHolderCaseload_13_0, grammarAccess.getOrganisationAccess().getStatusHolderCaseloadINTTerminalRuleCall_8_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getOrganisationRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"statusHolderCaseload",
                    							lv_statusHolderCaseload_13_0,
                    							"nl.klantreis.dsl.Klantreis.INT");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:430:3: ( (lv_staffGroups_14_0= ruleStaffGroup ) )*
            loop10:
            do {
                int alt10=2;
                int LA10_0 = input.LA(1);

                if ( (LA10_0==18) ) {
                    alt10=1;
                }


                switch (alt10) {
            	case 1 :
            	    // InternalKlantreis.g:431:4: (lv_staffGroups_14_0= ruleStaffGroup )
            	    {
            	    // InternalKlantreis.g:431:4: (lv_staffGroups_14_0= ruleStaffGroup )
            	    // InternalKlantreis.g:432:5: lv_staffGroups_14_0= ruleStaffGroup
            	    {

            	    					newCompositeNode(grammarAccess.getOrganisationAccess().getStaffGroupsStaffGroupParserRuleCall_9_0());
            	    				
            	    pushFollow(FOLLOW_18);
            	    lv_staffGroups_14_0=ruleStaffGroup();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getOrganisationRule());
            	    					}
            	    					add(
            	    						current,
            	    						"staffGroups",
            	    						lv_staffGroups_14_0,
            	    						"nl.klantreis.dsl.Klantreis.StaffGroup");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop10;
                }
            } while (true);

            otherlv_15=(Token)match(input,14,FOLLOW_2); 

            			newLeafNode(otherlv_15, grammarAccess.getOrganisationAccess().getRightCurlyBracketKeyword_10());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleOrganisation"


    // $ANTLR start "entryRuleStaffGroup"
    // InternalKlantreis.g:457:1: entryRuleStaffGroup returns [EObject current=null] : iv_ruleStaffGroup= ruleStaffGroup EOF ;
    public final EObject entryRuleStaffGroup() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleStaffGroup = null;


        try {
            // InternalKlantreis.g:457:51: (iv_ruleStaffGroup= ruleStaffGroup EOF )
            // InternalKlantreis.g:458:2: iv_ruleStaffGroup= ruleStaffGroup EOF
            {
             newCompositeNode(grammarAccess.getStaffGroupRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleStaffGroup=ruleStaffGroup();

            state._fsp--;

             current =iv_ruleStaffGroup; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleStaffGroup"


    // $ANTLR start "ruleStaffGroup"
    // InternalKlantreis.g:464:1: ruleStaffGroup returns [EObject current=null] : ( () otherlv_1= 'staff' otherlv_2= 'group' ( (lv_name_3_0= RULE_STRING ) )? otherlv_4= '{' ( ( (lv_refugeeBackground_5_0= 'refugee' ) ) otherlv_6= 'background' )? (otherlv_7= 'members' ( (lv_members_8_0= RULE_INT ) ) )? (otherlv_9= 'clients' ( (lv_statusHolderClients_10_0= RULE_INT ) ) )? otherlv_11= '}' ) ;
    public final EObject ruleStaffGroup() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        Token otherlv_2=null;
        Token lv_name_3_0=null;
        Token otherlv_4=null;
        Token lv_refugeeBackground_5_0=null;
        Token otherlv_6=null;
        Token otherlv_7=null;
        Token lv_members_8_0=null;
        Token otherlv_9=null;
        Token lv_statusHolderClients_10_0=null;
        Token otherlv_11=null;


        	enterRule();

        try {
            // InternalKlantreis.g:470:2: ( ( () otherlv_1= 'staff' otherlv_2= 'group' ( (lv_name_3_0= RULE_STRING ) )? otherlv_4= '{' ( ( (lv_refugeeBackground_5_0= 'refugee' ) ) otherlv_6= 'background' )? (otherlv_7= 'members' ( (lv_members_8_0= RULE_INT ) ) )? (otherlv_9= 'clients' ( (lv_statusHolderClients_10_0= RULE_INT ) ) )? otherlv_11= '}' ) )
            // InternalKlantreis.g:471:2: ( () otherlv_1= 'staff' otherlv_2= 'group' ( (lv_name_3_0= RULE_STRING ) )? otherlv_4= '{' ( ( (lv_refugeeBackground_5_0= 'refugee' ) ) otherlv_6= 'background' )? (otherlv_7= 'members' ( (lv_members_8_0= RULE_INT ) ) )? (otherlv_9= 'clients' ( (lv_statusHolderClients_10_0= RULE_INT ) ) )? otherlv_11= '}' )
            {
            // InternalKlantreis.g:471:2: ( () otherlv_1= 'staff' otherlv_2= 'group' ( (lv_name_3_0= RULE_STRING ) )? otherlv_4= '{' ( ( (lv_refugeeBackground_5_0= 'refugee' ) ) otherlv_6= 'background' )? (otherlv_7= 'members' ( (lv_members_8_0= RULE_INT ) ) )? (otherlv_9= 'clients' ( (lv_statusHolderClients_10_0= RULE_INT ) ) )? otherlv_11= '}' )
            // InternalKlantreis.g:472:3: () otherlv_1= 'staff' otherlv_2= 'group' ( (lv_name_3_0= RULE_STRING ) )? otherlv_4= '{' ( ( (lv_refugeeBackground_5_0= 'refugee' ) ) otherlv_6= 'background' )? (otherlv_7= 'members' ( (lv_members_8_0= RULE_INT ) ) )? (otherlv_9= 'clients' ( (lv_statusHolderClients_10_0= RULE_INT ) ) )? otherlv_11= '}'
            {
            // InternalKlantreis.g:472:3: ()
            // InternalKlantreis.g:473:4: 
            {

            				current = forceCreateModelElement(
            					grammarAccess.getStaffGroupAccess().getStaffGroupAction_0(),
            					current);
            			

            }

            otherlv_1=(Token)match(input,18,FOLLOW_19); 

            			newLeafNode(otherlv_1, grammarAccess.getStaffGroupAccess().getStaffKeyword_1());
            		
            otherlv_2=(Token)match(input,22,FOLLOW_4); 

            			newLeafNode(otherlv_2, grammarAccess.getStaffGroupAccess().getGroupKeyword_2());
            		
            // InternalKlantreis.g:487:3: ( (lv_name_3_0= RULE_STRING ) )?
            int alt11=2;
            int LA11_0 = input.LA(1);

            if ( (LA11_0==RULE_STRING) ) {
                alt11=1;
            }
            switch (alt11) {
                case 1 :
                    // InternalKlantreis.g:488:4: (lv_name_3_0= RULE_STRING )
                    {
                    // InternalKlantreis.g:488:4: (lv_name_3_0= RULE_STRING )
                    // InternalKlantreis.g:489:5: lv_name_3_0= RULE_STRING
                    {
                    lv_name_3_0=(Token)match(input,RULE_STRING,FOLLOW_5); 

                    					newLeafNode(lv_name_3_0, grammarAccess.getStaffGroupAccess().getNameSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getStaffGroupRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"name",
                    						lv_name_3_0,
                    						"nl.klantreis.dsl.Klantreis.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_4=(Token)match(input,12,FOLLOW_20); 

            			newLeafNode(otherlv_4, grammarAccess.getStaffGroupAccess().getLeftCurlyBracketKeyword_4());
            		
            // InternalKlantreis.g:509:3: ( ( (lv_refugeeBackground_5_0= 'refugee' ) ) otherlv_6= 'background' )?
            int alt12=2;
            int LA12_0 = input.LA(1);

            if ( (LA12_0==23) ) {
                alt12=1;
            }
            switch (alt12) {
                case 1 :
                    // InternalKlantreis.g:510:4: ( (lv_refugeeBackground_5_0= 'refugee' ) ) otherlv_6= 'background'
                    {
                    // InternalKlantreis.g:510:4: ( (lv_refugeeBackground_5_0= 'refugee' ) )
                    // InternalKlantreis.g:511:5: (lv_refugeeBackground_5_0= 'refugee' )
                    {
                    // InternalKlantreis.g:511:5: (lv_refugeeBackground_5_0= 'refugee' )
                    // InternalKlantreis.g:512:6: lv_refugeeBackground_5_0= 'refugee'
                    {
                    lv_refugeeBackground_5_0=(Token)match(input,23,FOLLOW_21); 

                    						newLeafNode(lv_refugeeBackground_5_0, grammarAccess.getStaffGroupAccess().getRefugeeBackgroundRefugeeKeyword_5_0_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getStaffGroupRule());
                    						}
                    						setWithLastConsumed(current, "refugeeBackground", lv_refugeeBackground_5_0 != null, "refugee");
                    					

                    }


                    }

                    otherlv_6=(Token)match(input,24,FOLLOW_22); 

                    				newLeafNode(otherlv_6, grammarAccess.getStaffGroupAccess().getBackgroundKeyword_5_1());
                    			

                    }
                    break;

            }

            // InternalKlantreis.g:529:3: (otherlv_7= 'members' ( (lv_members_8_0= RULE_INT ) ) )?
            int alt13=2;
            int LA13_0 = input.LA(1);

            if ( (LA13_0==25) ) {
                alt13=1;
            }
            switch (alt13) {
                case 1 :
                    // InternalKlantreis.g:530:4: otherlv_7= 'members' ( (lv_members_8_0= RULE_INT ) )
                    {
                    otherlv_7=(Token)match(input,25,FOLLOW_17); 

                    				newLeafNode(otherlv_7, grammarAccess.getStaffGroupAccess().getMembersKeyword_6_0());
                    			
                    // InternalKlantreis.g:534:4: ( (lv_members_8_0= RULE_INT ) )
                    // InternalKlantreis.g:535:5: (lv_members_8_0= RULE_INT )
                    {
                    // InternalKlantreis.g:535:5: (lv_members_8_0= RULE_INT )
                    // InternalKlantreis.g:536:6: lv_members_8_0= RULE_INT
                    {
                    lv_members_8_0=(Token)match(input,RULE_INT,FOLLOW_23); 

                    						newLeafNode(lv_members_8_0, grammarAccess.getStaffGroupAccess().getMembersINTTerminalRuleCall_6_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getStaffGroupRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"members",
                    							lv_members_8_0,
                    							"nl.klantreis.dsl.Klantreis.INT");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:553:3: (otherlv_9= 'clients' ( (lv_statusHolderClients_10_0= RULE_INT ) ) )?
            int alt14=2;
            int LA14_0 = input.LA(1);

            if ( (LA14_0==26) ) {
                alt14=1;
            }
            switch (alt14) {
                case 1 :
                    // InternalKlantreis.g:554:4: otherlv_9= 'clients' ( (lv_statusHolderClients_10_0= RULE_INT ) )
                    {
                    otherlv_9=(Token)match(input,26,FOLLOW_17); 

                    				newLeafNode(otherlv_9, grammarAccess.getStaffGroupAccess().getClientsKeyword_7_0());
                    			
                    // InternalKlantreis.g:558:4: ( (lv_statusHolderClients_10_0= RULE_INT ) )
                    // InternalKlantreis.g:559:5: (lv_statusHolderClients_10_0= RULE_INT )
                    {
                    // InternalKlantreis.g:559:5: (lv_statusHolderClients_10_0= RULE_INT )
                    // InternalKlantreis.g:560:6: lv_statusHolderClients_10_0= RULE_INT
                    {
                    lv_statusHolderClients_10_0=(Token)match(input,RULE_INT,FOLLOW_24); 

                    						newLeafNode(lv_statusHolderClients_10_0, grammarAccess.getStaffGroupAccess().getStatusHolderClientsINTTerminalRuleCall_7_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getStaffGroupRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"statusHolderClients",
                    							lv_statusHolderClients_10_0,
                    							"nl.klantreis.dsl.Klantreis.INT");
                    					

                    }


                    }


                    }
                    break;

            }

            otherlv_11=(Token)match(input,14,FOLLOW_2); 

            			newLeafNode(otherlv_11, grammarAccess.getStaffGroupAccess().getRightCurlyBracketKeyword_8());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleStaffGroup"


    // $ANTLR start "entryRulePersona"
    // InternalKlantreis.g:585:1: entryRulePersona returns [EObject current=null] : iv_rulePersona= rulePersona EOF ;
    public final EObject entryRulePersona() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePersona = null;


        try {
            // InternalKlantreis.g:585:48: (iv_rulePersona= rulePersona EOF )
            // InternalKlantreis.g:586:2: iv_rulePersona= rulePersona EOF
            {
             newCompositeNode(grammarAccess.getPersonaRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePersona=rulePersona();

            state._fsp--;

             current =iv_rulePersona; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRulePersona"


    // $ANTLR start "rulePersona"
    // InternalKlantreis.g:592:1: rulePersona returns [EObject current=null] : (otherlv_0= 'persona' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )? (otherlv_6= 'from' ( (lv_countryOfOrigin_7_0= RULE_STRING ) ) )? (otherlv_8= 'speaks' ( (lv_languages_9_0= RULE_STRING ) ) (otherlv_10= ',' ( (lv_languages_11_0= RULE_STRING ) ) )* )? (otherlv_12= 'dutch' ( (lv_dutchLevel_13_0= ruleDutchLevel ) ) )? (otherlv_14= 'literacy' ( (lv_literacy_15_0= ruleSkillLevel ) ) )? (otherlv_16= 'health' otherlv_17= 'literacy' ( (lv_healthLiteracy_18_0= ruleSkillLevel ) ) )? (otherlv_19= 'digital' otherlv_20= 'skills' ( (lv_digitalSkills_21_0= ruleSkillLevel ) ) )? (otherlv_22= 'household' ( (lv_household_23_0= ruleHousehold ) ) )? (otherlv_24= 'gender' ( (lv_gender_25_0= ruleGender ) ) )? (otherlv_26= 'concerns' ( (lv_concerns_27_0= RULE_STRING ) ) (otherlv_28= ',' ( (lv_concerns_29_0= RULE_STRING ) ) )* )? otherlv_30= '}' ) ;
    public final EObject rulePersona() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_id_1_0=null;
        Token lv_name_2_0=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token lv_description_5_0=null;
        Token otherlv_6=null;
        Token lv_countryOfOrigin_7_0=null;
        Token otherlv_8=null;
        Token lv_languages_9_0=null;
        Token otherlv_10=null;
        Token lv_languages_11_0=null;
        Token otherlv_12=null;
        Token otherlv_14=null;
        Token otherlv_16=null;
        Token otherlv_17=null;
        Token otherlv_19=null;
        Token otherlv_20=null;
        Token otherlv_22=null;
        Token otherlv_24=null;
        Token otherlv_26=null;
        Token lv_concerns_27_0=null;
        Token otherlv_28=null;
        Token lv_concerns_29_0=null;
        Token otherlv_30=null;
        Enumerator lv_dutchLevel_13_0 = null;

        Enumerator lv_literacy_15_0 = null;

        Enumerator lv_healthLiteracy_18_0 = null;

        Enumerator lv_digitalSkills_21_0 = null;

        Enumerator lv_household_23_0 = null;

        Enumerator lv_gender_25_0 = null;



        	enterRule();

        try {
            // InternalKlantreis.g:598:2: ( (otherlv_0= 'persona' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )? (otherlv_6= 'from' ( (lv_countryOfOrigin_7_0= RULE_STRING ) ) )? (otherlv_8= 'speaks' ( (lv_languages_9_0= RULE_STRING ) ) (otherlv_10= ',' ( (lv_languages_11_0= RULE_STRING ) ) )* )? (otherlv_12= 'dutch' ( (lv_dutchLevel_13_0= ruleDutchLevel ) ) )? (otherlv_14= 'literacy' ( (lv_literacy_15_0= ruleSkillLevel ) ) )? (otherlv_16= 'health' otherlv_17= 'literacy' ( (lv_healthLiteracy_18_0= ruleSkillLevel ) ) )? (otherlv_19= 'digital' otherlv_20= 'skills' ( (lv_digitalSkills_21_0= ruleSkillLevel ) ) )? (otherlv_22= 'household' ( (lv_household_23_0= ruleHousehold ) ) )? (otherlv_24= 'gender' ( (lv_gender_25_0= ruleGender ) ) )? (otherlv_26= 'concerns' ( (lv_concerns_27_0= RULE_STRING ) ) (otherlv_28= ',' ( (lv_concerns_29_0= RULE_STRING ) ) )* )? otherlv_30= '}' ) )
            // InternalKlantreis.g:599:2: (otherlv_0= 'persona' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )? (otherlv_6= 'from' ( (lv_countryOfOrigin_7_0= RULE_STRING ) ) )? (otherlv_8= 'speaks' ( (lv_languages_9_0= RULE_STRING ) ) (otherlv_10= ',' ( (lv_languages_11_0= RULE_STRING ) ) )* )? (otherlv_12= 'dutch' ( (lv_dutchLevel_13_0= ruleDutchLevel ) ) )? (otherlv_14= 'literacy' ( (lv_literacy_15_0= ruleSkillLevel ) ) )? (otherlv_16= 'health' otherlv_17= 'literacy' ( (lv_healthLiteracy_18_0= ruleSkillLevel ) ) )? (otherlv_19= 'digital' otherlv_20= 'skills' ( (lv_digitalSkills_21_0= ruleSkillLevel ) ) )? (otherlv_22= 'household' ( (lv_household_23_0= ruleHousehold ) ) )? (otherlv_24= 'gender' ( (lv_gender_25_0= ruleGender ) ) )? (otherlv_26= 'concerns' ( (lv_concerns_27_0= RULE_STRING ) ) (otherlv_28= ',' ( (lv_concerns_29_0= RULE_STRING ) ) )* )? otherlv_30= '}' )
            {
            // InternalKlantreis.g:599:2: (otherlv_0= 'persona' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )? (otherlv_6= 'from' ( (lv_countryOfOrigin_7_0= RULE_STRING ) ) )? (otherlv_8= 'speaks' ( (lv_languages_9_0= RULE_STRING ) ) (otherlv_10= ',' ( (lv_languages_11_0= RULE_STRING ) ) )* )? (otherlv_12= 'dutch' ( (lv_dutchLevel_13_0= ruleDutchLevel ) ) )? (otherlv_14= 'literacy' ( (lv_literacy_15_0= ruleSkillLevel ) ) )? (otherlv_16= 'health' otherlv_17= 'literacy' ( (lv_healthLiteracy_18_0= ruleSkillLevel ) ) )? (otherlv_19= 'digital' otherlv_20= 'skills' ( (lv_digitalSkills_21_0= ruleSkillLevel ) ) )? (otherlv_22= 'household' ( (lv_household_23_0= ruleHousehold ) ) )? (otherlv_24= 'gender' ( (lv_gender_25_0= ruleGender ) ) )? (otherlv_26= 'concerns' ( (lv_concerns_27_0= RULE_STRING ) ) (otherlv_28= ',' ( (lv_concerns_29_0= RULE_STRING ) ) )* )? otherlv_30= '}' )
            // InternalKlantreis.g:600:3: otherlv_0= 'persona' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )? (otherlv_6= 'from' ( (lv_countryOfOrigin_7_0= RULE_STRING ) ) )? (otherlv_8= 'speaks' ( (lv_languages_9_0= RULE_STRING ) ) (otherlv_10= ',' ( (lv_languages_11_0= RULE_STRING ) ) )* )? (otherlv_12= 'dutch' ( (lv_dutchLevel_13_0= ruleDutchLevel ) ) )? (otherlv_14= 'literacy' ( (lv_literacy_15_0= ruleSkillLevel ) ) )? (otherlv_16= 'health' otherlv_17= 'literacy' ( (lv_healthLiteracy_18_0= ruleSkillLevel ) ) )? (otherlv_19= 'digital' otherlv_20= 'skills' ( (lv_digitalSkills_21_0= ruleSkillLevel ) ) )? (otherlv_22= 'household' ( (lv_household_23_0= ruleHousehold ) ) )? (otherlv_24= 'gender' ( (lv_gender_25_0= ruleGender ) ) )? (otherlv_26= 'concerns' ( (lv_concerns_27_0= RULE_STRING ) ) (otherlv_28= ',' ( (lv_concerns_29_0= RULE_STRING ) ) )* )? otherlv_30= '}'
            {
            otherlv_0=(Token)match(input,27,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getPersonaAccess().getPersonaKeyword_0());
            		
            // InternalKlantreis.g:604:3: ( (lv_id_1_0= RULE_ID ) )
            // InternalKlantreis.g:605:4: (lv_id_1_0= RULE_ID )
            {
            // InternalKlantreis.g:605:4: (lv_id_1_0= RULE_ID )
            // InternalKlantreis.g:606:5: lv_id_1_0= RULE_ID
            {
            lv_id_1_0=(Token)match(input,RULE_ID,FOLLOW_4); 

            					newLeafNode(lv_id_1_0, grammarAccess.getPersonaAccess().getIdIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getPersonaRule());
            					}
            					setWithLastConsumed(
            						current,
            						"id",
            						lv_id_1_0,
            						"nl.klantreis.dsl.Klantreis.ID");
            				

            }


            }

            // InternalKlantreis.g:622:3: ( (lv_name_2_0= RULE_STRING ) )?
            int alt15=2;
            int LA15_0 = input.LA(1);

            if ( (LA15_0==RULE_STRING) ) {
                alt15=1;
            }
            switch (alt15) {
                case 1 :
                    // InternalKlantreis.g:623:4: (lv_name_2_0= RULE_STRING )
                    {
                    // InternalKlantreis.g:623:4: (lv_name_2_0= RULE_STRING )
                    // InternalKlantreis.g:624:5: lv_name_2_0= RULE_STRING
                    {
                    lv_name_2_0=(Token)match(input,RULE_STRING,FOLLOW_5); 

                    					newLeafNode(lv_name_2_0, grammarAccess.getPersonaAccess().getNameSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getPersonaRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"name",
                    						lv_name_2_0,
                    						"nl.klantreis.dsl.Klantreis.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_3=(Token)match(input,12,FOLLOW_25); 

            			newLeafNode(otherlv_3, grammarAccess.getPersonaAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalKlantreis.g:644:3: (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )?
            int alt16=2;
            int LA16_0 = input.LA(1);

            if ( (LA16_0==13) ) {
                alt16=1;
            }
            switch (alt16) {
                case 1 :
                    // InternalKlantreis.g:645:4: otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) )
                    {
                    otherlv_4=(Token)match(input,13,FOLLOW_7); 

                    				newLeafNode(otherlv_4, grammarAccess.getPersonaAccess().getDescriptionKeyword_4_0());
                    			
                    // InternalKlantreis.g:649:4: ( (lv_description_5_0= RULE_STRING ) )
                    // InternalKlantreis.g:650:5: (lv_description_5_0= RULE_STRING )
                    {
                    // InternalKlantreis.g:650:5: (lv_description_5_0= RULE_STRING )
                    // InternalKlantreis.g:651:6: lv_description_5_0= RULE_STRING
                    {
                    lv_description_5_0=(Token)match(input,RULE_STRING,FOLLOW_26); 

                    						newLeafNode(lv_description_5_0, grammarAccess.getPersonaAccess().getDescriptionSTRINGTerminalRuleCall_4_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPersonaRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"description",
                    							lv_description_5_0,
                    							"nl.klantreis.dsl.Klantreis.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:668:3: (otherlv_6= 'from' ( (lv_countryOfOrigin_7_0= RULE_STRING ) ) )?
            int alt17=2;
            int LA17_0 = input.LA(1);

            if ( (LA17_0==28) ) {
                alt17=1;
            }
            switch (alt17) {
                case 1 :
                    // InternalKlantreis.g:669:4: otherlv_6= 'from' ( (lv_countryOfOrigin_7_0= RULE_STRING ) )
                    {
                    otherlv_6=(Token)match(input,28,FOLLOW_7); 

                    				newLeafNode(otherlv_6, grammarAccess.getPersonaAccess().getFromKeyword_5_0());
                    			
                    // InternalKlantreis.g:673:4: ( (lv_countryOfOrigin_7_0= RULE_STRING ) )
                    // InternalKlantreis.g:674:5: (lv_countryOfOrigin_7_0= RULE_STRING )
                    {
                    // InternalKlantreis.g:674:5: (lv_countryOfOrigin_7_0= RULE_STRING )
                    // InternalKlantreis.g:675:6: lv_countryOfOrigin_7_0= RULE_STRING
                    {
                    lv_countryOfOrigin_7_0=(Token)match(input,RULE_STRING,FOLLOW_27); 

                    						newLeafNode(lv_countryOfOrigin_7_0, grammarAccess.getPersonaAccess().getCountryOfOriginSTRINGTerminalRuleCall_5_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPersonaRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"countryOfOrigin",
                    							lv_countryOfOrigin_7_0,
                    							"nl.klantreis.dsl.Klantreis.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:692:3: (otherlv_8= 'speaks' ( (lv_languages_9_0= RULE_STRING ) ) (otherlv_10= ',' ( (lv_languages_11_0= RULE_STRING ) ) )* )?
            int alt19=2;
            int LA19_0 = input.LA(1);

            if ( (LA19_0==29) ) {
                alt19=1;
            }
            switch (alt19) {
                case 1 :
                    // InternalKlantreis.g:693:4: otherlv_8= 'speaks' ( (lv_languages_9_0= RULE_STRING ) ) (otherlv_10= ',' ( (lv_languages_11_0= RULE_STRING ) ) )*
                    {
                    otherlv_8=(Token)match(input,29,FOLLOW_7); 

                    				newLeafNode(otherlv_8, grammarAccess.getPersonaAccess().getSpeaksKeyword_6_0());
                    			
                    // InternalKlantreis.g:697:4: ( (lv_languages_9_0= RULE_STRING ) )
                    // InternalKlantreis.g:698:5: (lv_languages_9_0= RULE_STRING )
                    {
                    // InternalKlantreis.g:698:5: (lv_languages_9_0= RULE_STRING )
                    // InternalKlantreis.g:699:6: lv_languages_9_0= RULE_STRING
                    {
                    lv_languages_9_0=(Token)match(input,RULE_STRING,FOLLOW_28); 

                    						newLeafNode(lv_languages_9_0, grammarAccess.getPersonaAccess().getLanguagesSTRINGTerminalRuleCall_6_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPersonaRule());
                    						}
                    						addWithLastConsumed(
                    							current,
                    							"languages",
                    							lv_languages_9_0,
                    							"nl.klantreis.dsl.Klantreis.STRING");
                    					

                    }


                    }

                    // InternalKlantreis.g:715:4: (otherlv_10= ',' ( (lv_languages_11_0= RULE_STRING ) ) )*
                    loop18:
                    do {
                        int alt18=2;
                        int LA18_0 = input.LA(1);

                        if ( (LA18_0==30) ) {
                            alt18=1;
                        }


                        switch (alt18) {
                    	case 1 :
                    	    // InternalKlantreis.g:716:5: otherlv_10= ',' ( (lv_languages_11_0= RULE_STRING ) )
                    	    {
                    	    otherlv_10=(Token)match(input,30,FOLLOW_7); 

                    	    					newLeafNode(otherlv_10, grammarAccess.getPersonaAccess().getCommaKeyword_6_2_0());
                    	    				
                    	    // InternalKlantreis.g:720:5: ( (lv_languages_11_0= RULE_STRING ) )
                    	    // InternalKlantreis.g:721:6: (lv_languages_11_0= RULE_STRING )
                    	    {
                    	    // InternalKlantreis.g:721:6: (lv_languages_11_0= RULE_STRING )
                    	    // InternalKlantreis.g:722:7: lv_languages_11_0= RULE_STRING
                    	    {
                    	    lv_languages_11_0=(Token)match(input,RULE_STRING,FOLLOW_28); 

                    	    							newLeafNode(lv_languages_11_0, grammarAccess.getPersonaAccess().getLanguagesSTRINGTerminalRuleCall_6_2_1_0());
                    	    						

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getPersonaRule());
                    	    							}
                    	    							addWithLastConsumed(
                    	    								current,
                    	    								"languages",
                    	    								lv_languages_11_0,
                    	    								"nl.klantreis.dsl.Klantreis.STRING");
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop18;
                        }
                    } while (true);


                    }
                    break;

            }

            // InternalKlantreis.g:740:3: (otherlv_12= 'dutch' ( (lv_dutchLevel_13_0= ruleDutchLevel ) ) )?
            int alt20=2;
            int LA20_0 = input.LA(1);

            if ( (LA20_0==31) ) {
                alt20=1;
            }
            switch (alt20) {
                case 1 :
                    // InternalKlantreis.g:741:4: otherlv_12= 'dutch' ( (lv_dutchLevel_13_0= ruleDutchLevel ) )
                    {
                    otherlv_12=(Token)match(input,31,FOLLOW_29); 

                    				newLeafNode(otherlv_12, grammarAccess.getPersonaAccess().getDutchKeyword_7_0());
                    			
                    // InternalKlantreis.g:745:4: ( (lv_dutchLevel_13_0= ruleDutchLevel ) )
                    // InternalKlantreis.g:746:5: (lv_dutchLevel_13_0= ruleDutchLevel )
                    {
                    // InternalKlantreis.g:746:5: (lv_dutchLevel_13_0= ruleDutchLevel )
                    // InternalKlantreis.g:747:6: lv_dutchLevel_13_0= ruleDutchLevel
                    {

                    						newCompositeNode(grammarAccess.getPersonaAccess().getDutchLevelDutchLevelEnumRuleCall_7_1_0());
                    					
                    pushFollow(FOLLOW_30);
                    lv_dutchLevel_13_0=ruleDutchLevel();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getPersonaRule());
                    						}
                    						set(
                    							current,
                    							"dutchLevel",
                    							lv_dutchLevel_13_0,
                    							"nl.klantreis.dsl.Klantreis.DutchLevel");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:765:3: (otherlv_14= 'literacy' ( (lv_literacy_15_0= ruleSkillLevel ) ) )?
            int alt21=2;
            int LA21_0 = input.LA(1);

            if ( (LA21_0==32) ) {
                alt21=1;
            }
            switch (alt21) {
                case 1 :
                    // InternalKlantreis.g:766:4: otherlv_14= 'literacy' ( (lv_literacy_15_0= ruleSkillLevel ) )
                    {
                    otherlv_14=(Token)match(input,32,FOLLOW_31); 

                    				newLeafNode(otherlv_14, grammarAccess.getPersonaAccess().getLiteracyKeyword_8_0());
                    			
                    // InternalKlantreis.g:770:4: ( (lv_literacy_15_0= ruleSkillLevel ) )
                    // InternalKlantreis.g:771:5: (lv_literacy_15_0= ruleSkillLevel )
                    {
                    // InternalKlantreis.g:771:5: (lv_literacy_15_0= ruleSkillLevel )
                    // InternalKlantreis.g:772:6: lv_literacy_15_0= ruleSkillLevel
                    {

                    						newCompositeNode(grammarAccess.getPersonaAccess().getLiteracySkillLevelEnumRuleCall_8_1_0());
                    					
                    pushFollow(FOLLOW_32);
                    lv_literacy_15_0=ruleSkillLevel();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getPersonaRule());
                    						}
                    						set(
                    							current,
                    							"literacy",
                    							lv_literacy_15_0,
                    							"nl.klantreis.dsl.Klantreis.SkillLevel");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:790:3: (otherlv_16= 'health' otherlv_17= 'literacy' ( (lv_healthLiteracy_18_0= ruleSkillLevel ) ) )?
            int alt22=2;
            int LA22_0 = input.LA(1);

            if ( (LA22_0==33) ) {
                alt22=1;
            }
            switch (alt22) {
                case 1 :
                    // InternalKlantreis.g:791:4: otherlv_16= 'health' otherlv_17= 'literacy' ( (lv_healthLiteracy_18_0= ruleSkillLevel ) )
                    {
                    otherlv_16=(Token)match(input,33,FOLLOW_33); 

                    				newLeafNode(otherlv_16, grammarAccess.getPersonaAccess().getHealthKeyword_9_0());
                    			
                    otherlv_17=(Token)match(input,32,FOLLOW_31); 

                    				newLeafNode(otherlv_17, grammarAccess.getPersonaAccess().getLiteracyKeyword_9_1());
                    			
                    // InternalKlantreis.g:799:4: ( (lv_healthLiteracy_18_0= ruleSkillLevel ) )
                    // InternalKlantreis.g:800:5: (lv_healthLiteracy_18_0= ruleSkillLevel )
                    {
                    // InternalKlantreis.g:800:5: (lv_healthLiteracy_18_0= ruleSkillLevel )
                    // InternalKlantreis.g:801:6: lv_healthLiteracy_18_0= ruleSkillLevel
                    {

                    						newCompositeNode(grammarAccess.getPersonaAccess().getHealthLiteracySkillLevelEnumRuleCall_9_2_0());
                    					
                    pushFollow(FOLLOW_34);
                    lv_healthLiteracy_18_0=ruleSkillLevel();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getPersonaRule());
                    						}
                    						set(
                    							current,
                    							"healthLiteracy",
                    							lv_healthLiteracy_18_0,
                    							"nl.klantreis.dsl.Klantreis.SkillLevel");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:819:3: (otherlv_19= 'digital' otherlv_20= 'skills' ( (lv_digitalSkills_21_0= ruleSkillLevel ) ) )?
            int alt23=2;
            int LA23_0 = input.LA(1);

            if ( (LA23_0==34) ) {
                alt23=1;
            }
            switch (alt23) {
                case 1 :
                    // InternalKlantreis.g:820:4: otherlv_19= 'digital' otherlv_20= 'skills' ( (lv_digitalSkills_21_0= ruleSkillLevel ) )
                    {
                    otherlv_19=(Token)match(input,34,FOLLOW_35); 

                    				newLeafNode(otherlv_19, grammarAccess.getPersonaAccess().getDigitalKeyword_10_0());
                    			
                    otherlv_20=(Token)match(input,35,FOLLOW_31); 

                    				newLeafNode(otherlv_20, grammarAccess.getPersonaAccess().getSkillsKeyword_10_1());
                    			
                    // InternalKlantreis.g:828:4: ( (lv_digitalSkills_21_0= ruleSkillLevel ) )
                    // InternalKlantreis.g:829:5: (lv_digitalSkills_21_0= ruleSkillLevel )
                    {
                    // InternalKlantreis.g:829:5: (lv_digitalSkills_21_0= ruleSkillLevel )
                    // InternalKlantreis.g:830:6: lv_digitalSkills_21_0= ruleSkillLevel
                    {

                    						newCompositeNode(grammarAccess.getPersonaAccess().getDigitalSkillsSkillLevelEnumRuleCall_10_2_0());
                    					
                    pushFollow(FOLLOW_36);
                    lv_digitalSkills_21_0=ruleSkillLevel();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getPersonaRule());
                    						}
                    						set(
                    							current,
                    							"digitalSkills",
                    							lv_digitalSkills_21_0,
                    							"nl.klantreis.dsl.Klantreis.SkillLevel");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:848:3: (otherlv_22= 'household' ( (lv_household_23_0= ruleHousehold ) ) )?
            int alt24=2;
            int LA24_0 = input.LA(1);

            if ( (LA24_0==36) ) {
                alt24=1;
            }
            switch (alt24) {
                case 1 :
                    // InternalKlantreis.g:849:4: otherlv_22= 'household' ( (lv_household_23_0= ruleHousehold ) )
                    {
                    otherlv_22=(Token)match(input,36,FOLLOW_37); 

                    				newLeafNode(otherlv_22, grammarAccess.getPersonaAccess().getHouseholdKeyword_11_0());
                    			
                    // InternalKlantreis.g:853:4: ( (lv_household_23_0= ruleHousehold ) )
                    // InternalKlantreis.g:854:5: (lv_household_23_0= ruleHousehold )
                    {
                    // InternalKlantreis.g:854:5: (lv_household_23_0= ruleHousehold )
                    // InternalKlantreis.g:855:6: lv_household_23_0= ruleHousehold
                    {

                    						newCompositeNode(grammarAccess.getPersonaAccess().getHouseholdHouseholdEnumRuleCall_11_1_0());
                    					
                    pushFollow(FOLLOW_38);
                    lv_household_23_0=ruleHousehold();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getPersonaRule());
                    						}
                    						set(
                    							current,
                    							"household",
                    							lv_household_23_0,
                    							"nl.klantreis.dsl.Klantreis.Household");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:873:3: (otherlv_24= 'gender' ( (lv_gender_25_0= ruleGender ) ) )?
            int alt25=2;
            int LA25_0 = input.LA(1);

            if ( (LA25_0==37) ) {
                alt25=1;
            }
            switch (alt25) {
                case 1 :
                    // InternalKlantreis.g:874:4: otherlv_24= 'gender' ( (lv_gender_25_0= ruleGender ) )
                    {
                    otherlv_24=(Token)match(input,37,FOLLOW_39); 

                    				newLeafNode(otherlv_24, grammarAccess.getPersonaAccess().getGenderKeyword_12_0());
                    			
                    // InternalKlantreis.g:878:4: ( (lv_gender_25_0= ruleGender ) )
                    // InternalKlantreis.g:879:5: (lv_gender_25_0= ruleGender )
                    {
                    // InternalKlantreis.g:879:5: (lv_gender_25_0= ruleGender )
                    // InternalKlantreis.g:880:6: lv_gender_25_0= ruleGender
                    {

                    						newCompositeNode(grammarAccess.getPersonaAccess().getGenderGenderEnumRuleCall_12_1_0());
                    					
                    pushFollow(FOLLOW_40);
                    lv_gender_25_0=ruleGender();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getPersonaRule());
                    						}
                    						set(
                    							current,
                    							"gender",
                    							lv_gender_25_0,
                    							"nl.klantreis.dsl.Klantreis.Gender");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:898:3: (otherlv_26= 'concerns' ( (lv_concerns_27_0= RULE_STRING ) ) (otherlv_28= ',' ( (lv_concerns_29_0= RULE_STRING ) ) )* )?
            int alt27=2;
            int LA27_0 = input.LA(1);

            if ( (LA27_0==38) ) {
                alt27=1;
            }
            switch (alt27) {
                case 1 :
                    // InternalKlantreis.g:899:4: otherlv_26= 'concerns' ( (lv_concerns_27_0= RULE_STRING ) ) (otherlv_28= ',' ( (lv_concerns_29_0= RULE_STRING ) ) )*
                    {
                    otherlv_26=(Token)match(input,38,FOLLOW_7); 

                    				newLeafNode(otherlv_26, grammarAccess.getPersonaAccess().getConcernsKeyword_13_0());
                    			
                    // InternalKlantreis.g:903:4: ( (lv_concerns_27_0= RULE_STRING ) )
                    // InternalKlantreis.g:904:5: (lv_concerns_27_0= RULE_STRING )
                    {
                    // InternalKlantreis.g:904:5: (lv_concerns_27_0= RULE_STRING )
                    // InternalKlantreis.g:905:6: lv_concerns_27_0= RULE_STRING
                    {
                    lv_concerns_27_0=(Token)match(input,RULE_STRING,FOLLOW_41); 

                    						newLeafNode(lv_concerns_27_0, grammarAccess.getPersonaAccess().getConcernsSTRINGTerminalRuleCall_13_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPersonaRule());
                    						}
                    						addWithLastConsumed(
                    							current,
                    							"concerns",
                    							lv_concerns_27_0,
                    							"nl.klantreis.dsl.Klantreis.STRING");
                    					

                    }


                    }

                    // InternalKlantreis.g:921:4: (otherlv_28= ',' ( (lv_concerns_29_0= RULE_STRING ) ) )*
                    loop26:
                    do {
                        int alt26=2;
                        int LA26_0 = input.LA(1);

                        if ( (LA26_0==30) ) {
                            alt26=1;
                        }


                        switch (alt26) {
                    	case 1 :
                    	    // InternalKlantreis.g:922:5: otherlv_28= ',' ( (lv_concerns_29_0= RULE_STRING ) )
                    	    {
                    	    otherlv_28=(Token)match(input,30,FOLLOW_7); 

                    	    					newLeafNode(otherlv_28, grammarAccess.getPersonaAccess().getCommaKeyword_13_2_0());
                    	    				
                    	    // InternalKlantreis.g:926:5: ( (lv_concerns_29_0= RULE_STRING ) )
                    	    // InternalKlantreis.g:927:6: (lv_concerns_29_0= RULE_STRING )
                    	    {
                    	    // InternalKlantreis.g:927:6: (lv_concerns_29_0= RULE_STRING )
                    	    // InternalKlantreis.g:928:7: lv_concerns_29_0= RULE_STRING
                    	    {
                    	    lv_concerns_29_0=(Token)match(input,RULE_STRING,FOLLOW_41); 

                    	    							newLeafNode(lv_concerns_29_0, grammarAccess.getPersonaAccess().getConcernsSTRINGTerminalRuleCall_13_2_1_0());
                    	    						

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getPersonaRule());
                    	    							}
                    	    							addWithLastConsumed(
                    	    								current,
                    	    								"concerns",
                    	    								lv_concerns_29_0,
                    	    								"nl.klantreis.dsl.Klantreis.STRING");
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop26;
                        }
                    } while (true);


                    }
                    break;

            }

            otherlv_30=(Token)match(input,14,FOLLOW_2); 

            			newLeafNode(otherlv_30, grammarAccess.getPersonaAccess().getRightCurlyBracketKeyword_14());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePersona"


    // $ANTLR start "entryRuleKeyPerson"
    // InternalKlantreis.g:954:1: entryRuleKeyPerson returns [EObject current=null] : iv_ruleKeyPerson= ruleKeyPerson EOF ;
    public final EObject entryRuleKeyPerson() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleKeyPerson = null;


        try {
            // InternalKlantreis.g:954:50: (iv_ruleKeyPerson= ruleKeyPerson EOF )
            // InternalKlantreis.g:955:2: iv_ruleKeyPerson= ruleKeyPerson EOF
            {
             newCompositeNode(grammarAccess.getKeyPersonRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleKeyPerson=ruleKeyPerson();

            state._fsp--;

             current =iv_ruleKeyPerson; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleKeyPerson"


    // $ANTLR start "ruleKeyPerson"
    // InternalKlantreis.g:961:1: ruleKeyPerson returns [EObject current=null] : (otherlv_0= 'key' otherlv_1= 'person' ( (lv_id_2_0= RULE_ID ) ) ( (lv_name_3_0= RULE_STRING ) )? otherlv_4= '{' (otherlv_5= 'description' ( (lv_description_6_0= RULE_STRING ) ) )? (otherlv_7= 'roles' ( (lv_roles_8_0= ruleKeyPersonRole ) ) (otherlv_9= ',' ( (lv_roles_10_0= ruleKeyPersonRole ) ) )* )? (otherlv_11= 'contract' ( (lv_contract_12_0= ruleContractKind ) ) )? (otherlv_13= 'supervised' otherlv_14= 'by' ( ( ruleQualifiedName ) ) )? (otherlv_16= 'speaks' ( (lv_languages_17_0= RULE_STRING ) ) (otherlv_18= ',' ( (lv_languages_19_0= RULE_STRING ) ) )* )? otherlv_20= '}' ) ;
    public final EObject ruleKeyPerson() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token lv_id_2_0=null;
        Token lv_name_3_0=null;
        Token otherlv_4=null;
        Token otherlv_5=null;
        Token lv_description_6_0=null;
        Token otherlv_7=null;
        Token otherlv_9=null;
        Token otherlv_11=null;
        Token otherlv_13=null;
        Token otherlv_14=null;
        Token otherlv_16=null;
        Token lv_languages_17_0=null;
        Token otherlv_18=null;
        Token lv_languages_19_0=null;
        Token otherlv_20=null;
        Enumerator lv_roles_8_0 = null;

        Enumerator lv_roles_10_0 = null;

        Enumerator lv_contract_12_0 = null;



        	enterRule();

        try {
            // InternalKlantreis.g:967:2: ( (otherlv_0= 'key' otherlv_1= 'person' ( (lv_id_2_0= RULE_ID ) ) ( (lv_name_3_0= RULE_STRING ) )? otherlv_4= '{' (otherlv_5= 'description' ( (lv_description_6_0= RULE_STRING ) ) )? (otherlv_7= 'roles' ( (lv_roles_8_0= ruleKeyPersonRole ) ) (otherlv_9= ',' ( (lv_roles_10_0= ruleKeyPersonRole ) ) )* )? (otherlv_11= 'contract' ( (lv_contract_12_0= ruleContractKind ) ) )? (otherlv_13= 'supervised' otherlv_14= 'by' ( ( ruleQualifiedName ) ) )? (otherlv_16= 'speaks' ( (lv_languages_17_0= RULE_STRING ) ) (otherlv_18= ',' ( (lv_languages_19_0= RULE_STRING ) ) )* )? otherlv_20= '}' ) )
            // InternalKlantreis.g:968:2: (otherlv_0= 'key' otherlv_1= 'person' ( (lv_id_2_0= RULE_ID ) ) ( (lv_name_3_0= RULE_STRING ) )? otherlv_4= '{' (otherlv_5= 'description' ( (lv_description_6_0= RULE_STRING ) ) )? (otherlv_7= 'roles' ( (lv_roles_8_0= ruleKeyPersonRole ) ) (otherlv_9= ',' ( (lv_roles_10_0= ruleKeyPersonRole ) ) )* )? (otherlv_11= 'contract' ( (lv_contract_12_0= ruleContractKind ) ) )? (otherlv_13= 'supervised' otherlv_14= 'by' ( ( ruleQualifiedName ) ) )? (otherlv_16= 'speaks' ( (lv_languages_17_0= RULE_STRING ) ) (otherlv_18= ',' ( (lv_languages_19_0= RULE_STRING ) ) )* )? otherlv_20= '}' )
            {
            // InternalKlantreis.g:968:2: (otherlv_0= 'key' otherlv_1= 'person' ( (lv_id_2_0= RULE_ID ) ) ( (lv_name_3_0= RULE_STRING ) )? otherlv_4= '{' (otherlv_5= 'description' ( (lv_description_6_0= RULE_STRING ) ) )? (otherlv_7= 'roles' ( (lv_roles_8_0= ruleKeyPersonRole ) ) (otherlv_9= ',' ( (lv_roles_10_0= ruleKeyPersonRole ) ) )* )? (otherlv_11= 'contract' ( (lv_contract_12_0= ruleContractKind ) ) )? (otherlv_13= 'supervised' otherlv_14= 'by' ( ( ruleQualifiedName ) ) )? (otherlv_16= 'speaks' ( (lv_languages_17_0= RULE_STRING ) ) (otherlv_18= ',' ( (lv_languages_19_0= RULE_STRING ) ) )* )? otherlv_20= '}' )
            // InternalKlantreis.g:969:3: otherlv_0= 'key' otherlv_1= 'person' ( (lv_id_2_0= RULE_ID ) ) ( (lv_name_3_0= RULE_STRING ) )? otherlv_4= '{' (otherlv_5= 'description' ( (lv_description_6_0= RULE_STRING ) ) )? (otherlv_7= 'roles' ( (lv_roles_8_0= ruleKeyPersonRole ) ) (otherlv_9= ',' ( (lv_roles_10_0= ruleKeyPersonRole ) ) )* )? (otherlv_11= 'contract' ( (lv_contract_12_0= ruleContractKind ) ) )? (otherlv_13= 'supervised' otherlv_14= 'by' ( ( ruleQualifiedName ) ) )? (otherlv_16= 'speaks' ( (lv_languages_17_0= RULE_STRING ) ) (otherlv_18= ',' ( (lv_languages_19_0= RULE_STRING ) ) )* )? otherlv_20= '}'
            {
            otherlv_0=(Token)match(input,39,FOLLOW_42); 

            			newLeafNode(otherlv_0, grammarAccess.getKeyPersonAccess().getKeyKeyword_0());
            		
            otherlv_1=(Token)match(input,40,FOLLOW_3); 

            			newLeafNode(otherlv_1, grammarAccess.getKeyPersonAccess().getPersonKeyword_1());
            		
            // InternalKlantreis.g:977:3: ( (lv_id_2_0= RULE_ID ) )
            // InternalKlantreis.g:978:4: (lv_id_2_0= RULE_ID )
            {
            // InternalKlantreis.g:978:4: (lv_id_2_0= RULE_ID )
            // InternalKlantreis.g:979:5: lv_id_2_0= RULE_ID
            {
            lv_id_2_0=(Token)match(input,RULE_ID,FOLLOW_4); 

            					newLeafNode(lv_id_2_0, grammarAccess.getKeyPersonAccess().getIdIDTerminalRuleCall_2_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getKeyPersonRule());
            					}
            					setWithLastConsumed(
            						current,
            						"id",
            						lv_id_2_0,
            						"nl.klantreis.dsl.Klantreis.ID");
            				

            }


            }

            // InternalKlantreis.g:995:3: ( (lv_name_3_0= RULE_STRING ) )?
            int alt28=2;
            int LA28_0 = input.LA(1);

            if ( (LA28_0==RULE_STRING) ) {
                alt28=1;
            }
            switch (alt28) {
                case 1 :
                    // InternalKlantreis.g:996:4: (lv_name_3_0= RULE_STRING )
                    {
                    // InternalKlantreis.g:996:4: (lv_name_3_0= RULE_STRING )
                    // InternalKlantreis.g:997:5: lv_name_3_0= RULE_STRING
                    {
                    lv_name_3_0=(Token)match(input,RULE_STRING,FOLLOW_5); 

                    					newLeafNode(lv_name_3_0, grammarAccess.getKeyPersonAccess().getNameSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getKeyPersonRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"name",
                    						lv_name_3_0,
                    						"nl.klantreis.dsl.Klantreis.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_4=(Token)match(input,12,FOLLOW_43); 

            			newLeafNode(otherlv_4, grammarAccess.getKeyPersonAccess().getLeftCurlyBracketKeyword_4());
            		
            // InternalKlantreis.g:1017:3: (otherlv_5= 'description' ( (lv_description_6_0= RULE_STRING ) ) )?
            int alt29=2;
            int LA29_0 = input.LA(1);

            if ( (LA29_0==13) ) {
                alt29=1;
            }
            switch (alt29) {
                case 1 :
                    // InternalKlantreis.g:1018:4: otherlv_5= 'description' ( (lv_description_6_0= RULE_STRING ) )
                    {
                    otherlv_5=(Token)match(input,13,FOLLOW_7); 

                    				newLeafNode(otherlv_5, grammarAccess.getKeyPersonAccess().getDescriptionKeyword_5_0());
                    			
                    // InternalKlantreis.g:1022:4: ( (lv_description_6_0= RULE_STRING ) )
                    // InternalKlantreis.g:1023:5: (lv_description_6_0= RULE_STRING )
                    {
                    // InternalKlantreis.g:1023:5: (lv_description_6_0= RULE_STRING )
                    // InternalKlantreis.g:1024:6: lv_description_6_0= RULE_STRING
                    {
                    lv_description_6_0=(Token)match(input,RULE_STRING,FOLLOW_44); 

                    						newLeafNode(lv_description_6_0, grammarAccess.getKeyPersonAccess().getDescriptionSTRINGTerminalRuleCall_5_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getKeyPersonRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"description",
                    							lv_description_6_0,
                    							"nl.klantreis.dsl.Klantreis.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:1041:3: (otherlv_7= 'roles' ( (lv_roles_8_0= ruleKeyPersonRole ) ) (otherlv_9= ',' ( (lv_roles_10_0= ruleKeyPersonRole ) ) )* )?
            int alt31=2;
            int LA31_0 = input.LA(1);

            if ( (LA31_0==41) ) {
                alt31=1;
            }
            switch (alt31) {
                case 1 :
                    // InternalKlantreis.g:1042:4: otherlv_7= 'roles' ( (lv_roles_8_0= ruleKeyPersonRole ) ) (otherlv_9= ',' ( (lv_roles_10_0= ruleKeyPersonRole ) ) )*
                    {
                    otherlv_7=(Token)match(input,41,FOLLOW_45); 

                    				newLeafNode(otherlv_7, grammarAccess.getKeyPersonAccess().getRolesKeyword_6_0());
                    			
                    // InternalKlantreis.g:1046:4: ( (lv_roles_8_0= ruleKeyPersonRole ) )
                    // InternalKlantreis.g:1047:5: (lv_roles_8_0= ruleKeyPersonRole )
                    {
                    // InternalKlantreis.g:1047:5: (lv_roles_8_0= ruleKeyPersonRole )
                    // InternalKlantreis.g:1048:6: lv_roles_8_0= ruleKeyPersonRole
                    {

                    						newCompositeNode(grammarAccess.getKeyPersonAccess().getRolesKeyPersonRoleEnumRuleCall_6_1_0());
                    					
                    pushFollow(FOLLOW_46);
                    lv_roles_8_0=ruleKeyPersonRole();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getKeyPersonRule());
                    						}
                    						add(
                    							current,
                    							"roles",
                    							lv_roles_8_0,
                    							"nl.klantreis.dsl.Klantreis.KeyPersonRole");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalKlantreis.g:1065:4: (otherlv_9= ',' ( (lv_roles_10_0= ruleKeyPersonRole ) ) )*
                    loop30:
                    do {
                        int alt30=2;
                        int LA30_0 = input.LA(1);

                        if ( (LA30_0==30) ) {
                            alt30=1;
                        }


                        switch (alt30) {
                    	case 1 :
                    	    // InternalKlantreis.g:1066:5: otherlv_9= ',' ( (lv_roles_10_0= ruleKeyPersonRole ) )
                    	    {
                    	    otherlv_9=(Token)match(input,30,FOLLOW_45); 

                    	    					newLeafNode(otherlv_9, grammarAccess.getKeyPersonAccess().getCommaKeyword_6_2_0());
                    	    				
                    	    // InternalKlantreis.g:1070:5: ( (lv_roles_10_0= ruleKeyPersonRole ) )
                    	    // InternalKlantreis.g:1071:6: (lv_roles_10_0= ruleKeyPersonRole )
                    	    {
                    	    // InternalKlantreis.g:1071:6: (lv_roles_10_0= ruleKeyPersonRole )
                    	    // InternalKlantreis.g:1072:7: lv_roles_10_0= ruleKeyPersonRole
                    	    {

                    	    							newCompositeNode(grammarAccess.getKeyPersonAccess().getRolesKeyPersonRoleEnumRuleCall_6_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_46);
                    	    lv_roles_10_0=ruleKeyPersonRole();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getKeyPersonRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"roles",
                    	    								lv_roles_10_0,
                    	    								"nl.klantreis.dsl.Klantreis.KeyPersonRole");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop30;
                        }
                    } while (true);


                    }
                    break;

            }

            // InternalKlantreis.g:1091:3: (otherlv_11= 'contract' ( (lv_contract_12_0= ruleContractKind ) ) )?
            int alt32=2;
            int LA32_0 = input.LA(1);

            if ( (LA32_0==42) ) {
                alt32=1;
            }
            switch (alt32) {
                case 1 :
                    // InternalKlantreis.g:1092:4: otherlv_11= 'contract' ( (lv_contract_12_0= ruleContractKind ) )
                    {
                    otherlv_11=(Token)match(input,42,FOLLOW_47); 

                    				newLeafNode(otherlv_11, grammarAccess.getKeyPersonAccess().getContractKeyword_7_0());
                    			
                    // InternalKlantreis.g:1096:4: ( (lv_contract_12_0= ruleContractKind ) )
                    // InternalKlantreis.g:1097:5: (lv_contract_12_0= ruleContractKind )
                    {
                    // InternalKlantreis.g:1097:5: (lv_contract_12_0= ruleContractKind )
                    // InternalKlantreis.g:1098:6: lv_contract_12_0= ruleContractKind
                    {

                    						newCompositeNode(grammarAccess.getKeyPersonAccess().getContractContractKindEnumRuleCall_7_1_0());
                    					
                    pushFollow(FOLLOW_48);
                    lv_contract_12_0=ruleContractKind();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getKeyPersonRule());
                    						}
                    						set(
                    							current,
                    							"contract",
                    							lv_contract_12_0,
                    							"nl.klantreis.dsl.Klantreis.ContractKind");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:1116:3: (otherlv_13= 'supervised' otherlv_14= 'by' ( ( ruleQualifiedName ) ) )?
            int alt33=2;
            int LA33_0 = input.LA(1);

            if ( (LA33_0==43) ) {
                alt33=1;
            }
            switch (alt33) {
                case 1 :
                    // InternalKlantreis.g:1117:4: otherlv_13= 'supervised' otherlv_14= 'by' ( ( ruleQualifiedName ) )
                    {
                    otherlv_13=(Token)match(input,43,FOLLOW_49); 

                    				newLeafNode(otherlv_13, grammarAccess.getKeyPersonAccess().getSupervisedKeyword_8_0());
                    			
                    otherlv_14=(Token)match(input,44,FOLLOW_3); 

                    				newLeafNode(otherlv_14, grammarAccess.getKeyPersonAccess().getByKeyword_8_1());
                    			
                    // InternalKlantreis.g:1125:4: ( ( ruleQualifiedName ) )
                    // InternalKlantreis.g:1126:5: ( ruleQualifiedName )
                    {
                    // InternalKlantreis.g:1126:5: ( ruleQualifiedName )
                    // InternalKlantreis.g:1127:6: ruleQualifiedName
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getKeyPersonRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getKeyPersonAccess().getSupervisorOrganisationCrossReference_8_2_0());
                    					
                    pushFollow(FOLLOW_50);
                    ruleQualifiedName();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:1142:3: (otherlv_16= 'speaks' ( (lv_languages_17_0= RULE_STRING ) ) (otherlv_18= ',' ( (lv_languages_19_0= RULE_STRING ) ) )* )?
            int alt35=2;
            int LA35_0 = input.LA(1);

            if ( (LA35_0==29) ) {
                alt35=1;
            }
            switch (alt35) {
                case 1 :
                    // InternalKlantreis.g:1143:4: otherlv_16= 'speaks' ( (lv_languages_17_0= RULE_STRING ) ) (otherlv_18= ',' ( (lv_languages_19_0= RULE_STRING ) ) )*
                    {
                    otherlv_16=(Token)match(input,29,FOLLOW_7); 

                    				newLeafNode(otherlv_16, grammarAccess.getKeyPersonAccess().getSpeaksKeyword_9_0());
                    			
                    // InternalKlantreis.g:1147:4: ( (lv_languages_17_0= RULE_STRING ) )
                    // InternalKlantreis.g:1148:5: (lv_languages_17_0= RULE_STRING )
                    {
                    // InternalKlantreis.g:1148:5: (lv_languages_17_0= RULE_STRING )
                    // InternalKlantreis.g:1149:6: lv_languages_17_0= RULE_STRING
                    {
                    lv_languages_17_0=(Token)match(input,RULE_STRING,FOLLOW_41); 

                    						newLeafNode(lv_languages_17_0, grammarAccess.getKeyPersonAccess().getLanguagesSTRINGTerminalRuleCall_9_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getKeyPersonRule());
                    						}
                    						addWithLastConsumed(
                    							current,
                    							"languages",
                    							lv_languages_17_0,
                    							"nl.klantreis.dsl.Klantreis.STRING");
                    					

                    }


                    }

                    // InternalKlantreis.g:1165:4: (otherlv_18= ',' ( (lv_languages_19_0= RULE_STRING ) ) )*
                    loop34:
                    do {
                        int alt34=2;
                        int LA34_0 = input.LA(1);

                        if ( (LA34_0==30) ) {
                            alt34=1;
                        }


                        switch (alt34) {
                    	case 1 :
                    	    // InternalKlantreis.g:1166:5: otherlv_18= ',' ( (lv_languages_19_0= RULE_STRING ) )
                    	    {
                    	    otherlv_18=(Token)match(input,30,FOLLOW_7); 

                    	    					newLeafNode(otherlv_18, grammarAccess.getKeyPersonAccess().getCommaKeyword_9_2_0());
                    	    				
                    	    // InternalKlantreis.g:1170:5: ( (lv_languages_19_0= RULE_STRING ) )
                    	    // InternalKlantreis.g:1171:6: (lv_languages_19_0= RULE_STRING )
                    	    {
                    	    // InternalKlantreis.g:1171:6: (lv_languages_19_0= RULE_STRING )
                    	    // InternalKlantreis.g:1172:7: lv_languages_19_0= RULE_STRING
                    	    {
                    	    lv_languages_19_0=(Token)match(input,RULE_STRING,FOLLOW_41); 

                    	    							newLeafNode(lv_languages_19_0, grammarAccess.getKeyPersonAccess().getLanguagesSTRINGTerminalRuleCall_9_2_1_0());
                    	    						

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getKeyPersonRule());
                    	    							}
                    	    							addWithLastConsumed(
                    	    								current,
                    	    								"languages",
                    	    								lv_languages_19_0,
                    	    								"nl.klantreis.dsl.Klantreis.STRING");
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop34;
                        }
                    } while (true);


                    }
                    break;

            }

            otherlv_20=(Token)match(input,14,FOLLOW_2); 

            			newLeafNode(otherlv_20, grammarAccess.getKeyPersonAccess().getRightCurlyBracketKeyword_10());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleKeyPerson"


    // $ANTLR start "entryRuleJourney"
    // InternalKlantreis.g:1198:1: entryRuleJourney returns [EObject current=null] : iv_ruleJourney= ruleJourney EOF ;
    public final EObject entryRuleJourney() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleJourney = null;


        try {
            // InternalKlantreis.g:1198:48: (iv_ruleJourney= ruleJourney EOF )
            // InternalKlantreis.g:1199:2: iv_ruleJourney= ruleJourney EOF
            {
             newCompositeNode(grammarAccess.getJourneyRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleJourney=ruleJourney();

            state._fsp--;

             current =iv_ruleJourney; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleJourney"


    // $ANTLR start "ruleJourney"
    // InternalKlantreis.g:1205:1: ruleJourney returns [EObject current=null] : (otherlv_0= 'journey' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= 'for' ( ( ruleQualifiedName ) ) otherlv_5= '{' (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? (otherlv_8= 'kind' ( (lv_kind_9_0= ruleJourneyKind ) ) )? (otherlv_10= 'status' ( (lv_status_11_0= ruleJourneyStatus ) ) )? (otherlv_12= 'owner' ( ( ruleQualifiedName ) ) )? (otherlv_14= 'baseline' ( ( ruleQualifiedName ) ) )? ( (lv_trigger_16_0= ruleLifeEvent ) ) ( (lv_phases_17_0= rulePhase ) )* ( (lv_handovers_18_0= ruleHandover ) )* ( (lv_painPoints_19_0= rulePainPoint ) )* ( (lv_improvements_20_0= ruleImprovement ) )* otherlv_21= '}' ) ;
    public final EObject ruleJourney() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_id_1_0=null;
        Token lv_name_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token otherlv_6=null;
        Token lv_description_7_0=null;
        Token otherlv_8=null;
        Token otherlv_10=null;
        Token otherlv_12=null;
        Token otherlv_14=null;
        Token otherlv_21=null;
        Enumerator lv_kind_9_0 = null;

        Enumerator lv_status_11_0 = null;

        EObject lv_trigger_16_0 = null;

        EObject lv_phases_17_0 = null;

        EObject lv_handovers_18_0 = null;

        EObject lv_painPoints_19_0 = null;

        EObject lv_improvements_20_0 = null;



        	enterRule();

        try {
            // InternalKlantreis.g:1211:2: ( (otherlv_0= 'journey' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= 'for' ( ( ruleQualifiedName ) ) otherlv_5= '{' (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? (otherlv_8= 'kind' ( (lv_kind_9_0= ruleJourneyKind ) ) )? (otherlv_10= 'status' ( (lv_status_11_0= ruleJourneyStatus ) ) )? (otherlv_12= 'owner' ( ( ruleQualifiedName ) ) )? (otherlv_14= 'baseline' ( ( ruleQualifiedName ) ) )? ( (lv_trigger_16_0= ruleLifeEvent ) ) ( (lv_phases_17_0= rulePhase ) )* ( (lv_handovers_18_0= ruleHandover ) )* ( (lv_painPoints_19_0= rulePainPoint ) )* ( (lv_improvements_20_0= ruleImprovement ) )* otherlv_21= '}' ) )
            // InternalKlantreis.g:1212:2: (otherlv_0= 'journey' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= 'for' ( ( ruleQualifiedName ) ) otherlv_5= '{' (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? (otherlv_8= 'kind' ( (lv_kind_9_0= ruleJourneyKind ) ) )? (otherlv_10= 'status' ( (lv_status_11_0= ruleJourneyStatus ) ) )? (otherlv_12= 'owner' ( ( ruleQualifiedName ) ) )? (otherlv_14= 'baseline' ( ( ruleQualifiedName ) ) )? ( (lv_trigger_16_0= ruleLifeEvent ) ) ( (lv_phases_17_0= rulePhase ) )* ( (lv_handovers_18_0= ruleHandover ) )* ( (lv_painPoints_19_0= rulePainPoint ) )* ( (lv_improvements_20_0= ruleImprovement ) )* otherlv_21= '}' )
            {
            // InternalKlantreis.g:1212:2: (otherlv_0= 'journey' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= 'for' ( ( ruleQualifiedName ) ) otherlv_5= '{' (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? (otherlv_8= 'kind' ( (lv_kind_9_0= ruleJourneyKind ) ) )? (otherlv_10= 'status' ( (lv_status_11_0= ruleJourneyStatus ) ) )? (otherlv_12= 'owner' ( ( ruleQualifiedName ) ) )? (otherlv_14= 'baseline' ( ( ruleQualifiedName ) ) )? ( (lv_trigger_16_0= ruleLifeEvent ) ) ( (lv_phases_17_0= rulePhase ) )* ( (lv_handovers_18_0= ruleHandover ) )* ( (lv_painPoints_19_0= rulePainPoint ) )* ( (lv_improvements_20_0= ruleImprovement ) )* otherlv_21= '}' )
            // InternalKlantreis.g:1213:3: otherlv_0= 'journey' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= 'for' ( ( ruleQualifiedName ) ) otherlv_5= '{' (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? (otherlv_8= 'kind' ( (lv_kind_9_0= ruleJourneyKind ) ) )? (otherlv_10= 'status' ( (lv_status_11_0= ruleJourneyStatus ) ) )? (otherlv_12= 'owner' ( ( ruleQualifiedName ) ) )? (otherlv_14= 'baseline' ( ( ruleQualifiedName ) ) )? ( (lv_trigger_16_0= ruleLifeEvent ) ) ( (lv_phases_17_0= rulePhase ) )* ( (lv_handovers_18_0= ruleHandover ) )* ( (lv_painPoints_19_0= rulePainPoint ) )* ( (lv_improvements_20_0= ruleImprovement ) )* otherlv_21= '}'
            {
            otherlv_0=(Token)match(input,45,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getJourneyAccess().getJourneyKeyword_0());
            		
            // InternalKlantreis.g:1217:3: ( (lv_id_1_0= RULE_ID ) )
            // InternalKlantreis.g:1218:4: (lv_id_1_0= RULE_ID )
            {
            // InternalKlantreis.g:1218:4: (lv_id_1_0= RULE_ID )
            // InternalKlantreis.g:1219:5: lv_id_1_0= RULE_ID
            {
            lv_id_1_0=(Token)match(input,RULE_ID,FOLLOW_51); 

            					newLeafNode(lv_id_1_0, grammarAccess.getJourneyAccess().getIdIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getJourneyRule());
            					}
            					setWithLastConsumed(
            						current,
            						"id",
            						lv_id_1_0,
            						"nl.klantreis.dsl.Klantreis.ID");
            				

            }


            }

            // InternalKlantreis.g:1235:3: ( (lv_name_2_0= RULE_STRING ) )?
            int alt36=2;
            int LA36_0 = input.LA(1);

            if ( (LA36_0==RULE_STRING) ) {
                alt36=1;
            }
            switch (alt36) {
                case 1 :
                    // InternalKlantreis.g:1236:4: (lv_name_2_0= RULE_STRING )
                    {
                    // InternalKlantreis.g:1236:4: (lv_name_2_0= RULE_STRING )
                    // InternalKlantreis.g:1237:5: lv_name_2_0= RULE_STRING
                    {
                    lv_name_2_0=(Token)match(input,RULE_STRING,FOLLOW_52); 

                    					newLeafNode(lv_name_2_0, grammarAccess.getJourneyAccess().getNameSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getJourneyRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"name",
                    						lv_name_2_0,
                    						"nl.klantreis.dsl.Klantreis.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_3=(Token)match(input,46,FOLLOW_3); 

            			newLeafNode(otherlv_3, grammarAccess.getJourneyAccess().getForKeyword_3());
            		
            // InternalKlantreis.g:1257:3: ( ( ruleQualifiedName ) )
            // InternalKlantreis.g:1258:4: ( ruleQualifiedName )
            {
            // InternalKlantreis.g:1258:4: ( ruleQualifiedName )
            // InternalKlantreis.g:1259:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getJourneyRule());
            					}
            				

            					newCompositeNode(grammarAccess.getJourneyAccess().getPersonaPersonaCrossReference_4_0());
            				
            pushFollow(FOLLOW_5);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_5=(Token)match(input,12,FOLLOW_53); 

            			newLeafNode(otherlv_5, grammarAccess.getJourneyAccess().getLeftCurlyBracketKeyword_5());
            		
            // InternalKlantreis.g:1277:3: (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )?
            int alt37=2;
            int LA37_0 = input.LA(1);

            if ( (LA37_0==13) ) {
                alt37=1;
            }
            switch (alt37) {
                case 1 :
                    // InternalKlantreis.g:1278:4: otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) )
                    {
                    otherlv_6=(Token)match(input,13,FOLLOW_7); 

                    				newLeafNode(otherlv_6, grammarAccess.getJourneyAccess().getDescriptionKeyword_6_0());
                    			
                    // InternalKlantreis.g:1282:4: ( (lv_description_7_0= RULE_STRING ) )
                    // InternalKlantreis.g:1283:5: (lv_description_7_0= RULE_STRING )
                    {
                    // InternalKlantreis.g:1283:5: (lv_description_7_0= RULE_STRING )
                    // InternalKlantreis.g:1284:6: lv_description_7_0= RULE_STRING
                    {
                    lv_description_7_0=(Token)match(input,RULE_STRING,FOLLOW_53); 

                    						newLeafNode(lv_description_7_0, grammarAccess.getJourneyAccess().getDescriptionSTRINGTerminalRuleCall_6_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getJourneyRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"description",
                    							lv_description_7_0,
                    							"nl.klantreis.dsl.Klantreis.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:1301:3: (otherlv_8= 'kind' ( (lv_kind_9_0= ruleJourneyKind ) ) )?
            int alt38=2;
            int LA38_0 = input.LA(1);

            if ( (LA38_0==16) ) {
                alt38=1;
            }
            switch (alt38) {
                case 1 :
                    // InternalKlantreis.g:1302:4: otherlv_8= 'kind' ( (lv_kind_9_0= ruleJourneyKind ) )
                    {
                    otherlv_8=(Token)match(input,16,FOLLOW_54); 

                    				newLeafNode(otherlv_8, grammarAccess.getJourneyAccess().getKindKeyword_7_0());
                    			
                    // InternalKlantreis.g:1306:4: ( (lv_kind_9_0= ruleJourneyKind ) )
                    // InternalKlantreis.g:1307:5: (lv_kind_9_0= ruleJourneyKind )
                    {
                    // InternalKlantreis.g:1307:5: (lv_kind_9_0= ruleJourneyKind )
                    // InternalKlantreis.g:1308:6: lv_kind_9_0= ruleJourneyKind
                    {

                    						newCompositeNode(grammarAccess.getJourneyAccess().getKindJourneyKindEnumRuleCall_7_1_0());
                    					
                    pushFollow(FOLLOW_53);
                    lv_kind_9_0=ruleJourneyKind();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getJourneyRule());
                    						}
                    						set(
                    							current,
                    							"kind",
                    							lv_kind_9_0,
                    							"nl.klantreis.dsl.Klantreis.JourneyKind");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:1326:3: (otherlv_10= 'status' ( (lv_status_11_0= ruleJourneyStatus ) ) )?
            int alt39=2;
            int LA39_0 = input.LA(1);

            if ( (LA39_0==47) ) {
                alt39=1;
            }
            switch (alt39) {
                case 1 :
                    // InternalKlantreis.g:1327:4: otherlv_10= 'status' ( (lv_status_11_0= ruleJourneyStatus ) )
                    {
                    otherlv_10=(Token)match(input,47,FOLLOW_55); 

                    				newLeafNode(otherlv_10, grammarAccess.getJourneyAccess().getStatusKeyword_8_0());
                    			
                    // InternalKlantreis.g:1331:4: ( (lv_status_11_0= ruleJourneyStatus ) )
                    // InternalKlantreis.g:1332:5: (lv_status_11_0= ruleJourneyStatus )
                    {
                    // InternalKlantreis.g:1332:5: (lv_status_11_0= ruleJourneyStatus )
                    // InternalKlantreis.g:1333:6: lv_status_11_0= ruleJourneyStatus
                    {

                    						newCompositeNode(grammarAccess.getJourneyAccess().getStatusJourneyStatusEnumRuleCall_8_1_0());
                    					
                    pushFollow(FOLLOW_53);
                    lv_status_11_0=ruleJourneyStatus();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getJourneyRule());
                    						}
                    						set(
                    							current,
                    							"status",
                    							lv_status_11_0,
                    							"nl.klantreis.dsl.Klantreis.JourneyStatus");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:1351:3: (otherlv_12= 'owner' ( ( ruleQualifiedName ) ) )?
            int alt40=2;
            int LA40_0 = input.LA(1);

            if ( (LA40_0==48) ) {
                alt40=1;
            }
            switch (alt40) {
                case 1 :
                    // InternalKlantreis.g:1352:4: otherlv_12= 'owner' ( ( ruleQualifiedName ) )
                    {
                    otherlv_12=(Token)match(input,48,FOLLOW_3); 

                    				newLeafNode(otherlv_12, grammarAccess.getJourneyAccess().getOwnerKeyword_9_0());
                    			
                    // InternalKlantreis.g:1356:4: ( ( ruleQualifiedName ) )
                    // InternalKlantreis.g:1357:5: ( ruleQualifiedName )
                    {
                    // InternalKlantreis.g:1357:5: ( ruleQualifiedName )
                    // InternalKlantreis.g:1358:6: ruleQualifiedName
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getJourneyRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getJourneyAccess().getOwnerOrganisationCrossReference_9_1_0());
                    					
                    pushFollow(FOLLOW_53);
                    ruleQualifiedName();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:1373:3: (otherlv_14= 'baseline' ( ( ruleQualifiedName ) ) )?
            int alt41=2;
            int LA41_0 = input.LA(1);

            if ( (LA41_0==49) ) {
                alt41=1;
            }
            switch (alt41) {
                case 1 :
                    // InternalKlantreis.g:1374:4: otherlv_14= 'baseline' ( ( ruleQualifiedName ) )
                    {
                    otherlv_14=(Token)match(input,49,FOLLOW_3); 

                    				newLeafNode(otherlv_14, grammarAccess.getJourneyAccess().getBaselineKeyword_10_0());
                    			
                    // InternalKlantreis.g:1378:4: ( ( ruleQualifiedName ) )
                    // InternalKlantreis.g:1379:5: ( ruleQualifiedName )
                    {
                    // InternalKlantreis.g:1379:5: ( ruleQualifiedName )
                    // InternalKlantreis.g:1380:6: ruleQualifiedName
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getJourneyRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getJourneyAccess().getBaselineJourneyCrossReference_10_1_0());
                    					
                    pushFollow(FOLLOW_53);
                    ruleQualifiedName();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:1395:3: ( (lv_trigger_16_0= ruleLifeEvent ) )
            // InternalKlantreis.g:1396:4: (lv_trigger_16_0= ruleLifeEvent )
            {
            // InternalKlantreis.g:1396:4: (lv_trigger_16_0= ruleLifeEvent )
            // InternalKlantreis.g:1397:5: lv_trigger_16_0= ruleLifeEvent
            {

            					newCompositeNode(grammarAccess.getJourneyAccess().getTriggerLifeEventParserRuleCall_11_0());
            				
            pushFollow(FOLLOW_56);
            lv_trigger_16_0=ruleLifeEvent();

            state._fsp--;


            					if (current==null) {
            						current = createModelElementForParent(grammarAccess.getJourneyRule());
            					}
            					set(
            						current,
            						"trigger",
            						lv_trigger_16_0,
            						"nl.klantreis.dsl.Klantreis.LifeEvent");
            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalKlantreis.g:1414:3: ( (lv_phases_17_0= rulePhase ) )*
            loop42:
            do {
                int alt42=2;
                int LA42_0 = input.LA(1);

                if ( (LA42_0==51) ) {
                    alt42=1;
                }


                switch (alt42) {
            	case 1 :
            	    // InternalKlantreis.g:1415:4: (lv_phases_17_0= rulePhase )
            	    {
            	    // InternalKlantreis.g:1415:4: (lv_phases_17_0= rulePhase )
            	    // InternalKlantreis.g:1416:5: lv_phases_17_0= rulePhase
            	    {

            	    					newCompositeNode(grammarAccess.getJourneyAccess().getPhasesPhaseParserRuleCall_12_0());
            	    				
            	    pushFollow(FOLLOW_56);
            	    lv_phases_17_0=rulePhase();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getJourneyRule());
            	    					}
            	    					add(
            	    						current,
            	    						"phases",
            	    						lv_phases_17_0,
            	    						"nl.klantreis.dsl.Klantreis.Phase");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop42;
                }
            } while (true);

            // InternalKlantreis.g:1433:3: ( (lv_handovers_18_0= ruleHandover ) )*
            loop43:
            do {
                int alt43=2;
                int LA43_0 = input.LA(1);

                if ( (LA43_0==67) ) {
                    alt43=1;
                }


                switch (alt43) {
            	case 1 :
            	    // InternalKlantreis.g:1434:4: (lv_handovers_18_0= ruleHandover )
            	    {
            	    // InternalKlantreis.g:1434:4: (lv_handovers_18_0= ruleHandover )
            	    // InternalKlantreis.g:1435:5: lv_handovers_18_0= ruleHandover
            	    {

            	    					newCompositeNode(grammarAccess.getJourneyAccess().getHandoversHandoverParserRuleCall_13_0());
            	    				
            	    pushFollow(FOLLOW_57);
            	    lv_handovers_18_0=ruleHandover();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getJourneyRule());
            	    					}
            	    					add(
            	    						current,
            	    						"handovers",
            	    						lv_handovers_18_0,
            	    						"nl.klantreis.dsl.Klantreis.Handover");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop43;
                }
            } while (true);

            // InternalKlantreis.g:1452:3: ( (lv_painPoints_19_0= rulePainPoint ) )*
            loop44:
            do {
                int alt44=2;
                int LA44_0 = input.LA(1);

                if ( (LA44_0==69) ) {
                    alt44=1;
                }


                switch (alt44) {
            	case 1 :
            	    // InternalKlantreis.g:1453:4: (lv_painPoints_19_0= rulePainPoint )
            	    {
            	    // InternalKlantreis.g:1453:4: (lv_painPoints_19_0= rulePainPoint )
            	    // InternalKlantreis.g:1454:5: lv_painPoints_19_0= rulePainPoint
            	    {

            	    					newCompositeNode(grammarAccess.getJourneyAccess().getPainPointsPainPointParserRuleCall_14_0());
            	    				
            	    pushFollow(FOLLOW_58);
            	    lv_painPoints_19_0=rulePainPoint();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getJourneyRule());
            	    					}
            	    					add(
            	    						current,
            	    						"painPoints",
            	    						lv_painPoints_19_0,
            	    						"nl.klantreis.dsl.Klantreis.PainPoint");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop44;
                }
            } while (true);

            // InternalKlantreis.g:1471:3: ( (lv_improvements_20_0= ruleImprovement ) )*
            loop45:
            do {
                int alt45=2;
                int LA45_0 = input.LA(1);

                if ( (LA45_0==71) ) {
                    alt45=1;
                }


                switch (alt45) {
            	case 1 :
            	    // InternalKlantreis.g:1472:4: (lv_improvements_20_0= ruleImprovement )
            	    {
            	    // InternalKlantreis.g:1472:4: (lv_improvements_20_0= ruleImprovement )
            	    // InternalKlantreis.g:1473:5: lv_improvements_20_0= ruleImprovement
            	    {

            	    					newCompositeNode(grammarAccess.getJourneyAccess().getImprovementsImprovementParserRuleCall_15_0());
            	    				
            	    pushFollow(FOLLOW_59);
            	    lv_improvements_20_0=ruleImprovement();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getJourneyRule());
            	    					}
            	    					add(
            	    						current,
            	    						"improvements",
            	    						lv_improvements_20_0,
            	    						"nl.klantreis.dsl.Klantreis.Improvement");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop45;
                }
            } while (true);

            otherlv_21=(Token)match(input,14,FOLLOW_2); 

            			newLeafNode(otherlv_21, grammarAccess.getJourneyAccess().getRightCurlyBracketKeyword_16());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleJourney"


    // $ANTLR start "entryRuleLifeEvent"
    // InternalKlantreis.g:1498:1: entryRuleLifeEvent returns [EObject current=null] : iv_ruleLifeEvent= ruleLifeEvent EOF ;
    public final EObject entryRuleLifeEvent() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleLifeEvent = null;


        try {
            // InternalKlantreis.g:1498:50: (iv_ruleLifeEvent= ruleLifeEvent EOF )
            // InternalKlantreis.g:1499:2: iv_ruleLifeEvent= ruleLifeEvent EOF
            {
             newCompositeNode(grammarAccess.getLifeEventRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleLifeEvent=ruleLifeEvent();

            state._fsp--;

             current =iv_ruleLifeEvent; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleLifeEvent"


    // $ANTLR start "ruleLifeEvent"
    // InternalKlantreis.g:1505:1: ruleLifeEvent returns [EObject current=null] : ( () otherlv_1= 'triggered' otherlv_2= 'by' ( (lv_kind_3_0= ruleLifeEventKind ) )? ( (lv_description_4_0= RULE_STRING ) )? ) ;
    public final EObject ruleLifeEvent() throws RecognitionException {
        EObject current = null;

        Token otherlv_1=null;
        Token otherlv_2=null;
        Token lv_description_4_0=null;
        Enumerator lv_kind_3_0 = null;



        	enterRule();

        try {
            // InternalKlantreis.g:1511:2: ( ( () otherlv_1= 'triggered' otherlv_2= 'by' ( (lv_kind_3_0= ruleLifeEventKind ) )? ( (lv_description_4_0= RULE_STRING ) )? ) )
            // InternalKlantreis.g:1512:2: ( () otherlv_1= 'triggered' otherlv_2= 'by' ( (lv_kind_3_0= ruleLifeEventKind ) )? ( (lv_description_4_0= RULE_STRING ) )? )
            {
            // InternalKlantreis.g:1512:2: ( () otherlv_1= 'triggered' otherlv_2= 'by' ( (lv_kind_3_0= ruleLifeEventKind ) )? ( (lv_description_4_0= RULE_STRING ) )? )
            // InternalKlantreis.g:1513:3: () otherlv_1= 'triggered' otherlv_2= 'by' ( (lv_kind_3_0= ruleLifeEventKind ) )? ( (lv_description_4_0= RULE_STRING ) )?
            {
            // InternalKlantreis.g:1513:3: ()
            // InternalKlantreis.g:1514:4: 
            {

            				current = forceCreateModelElement(
            					grammarAccess.getLifeEventAccess().getLifeEventAction_0(),
            					current);
            			

            }

            otherlv_1=(Token)match(input,50,FOLLOW_49); 

            			newLeafNode(otherlv_1, grammarAccess.getLifeEventAccess().getTriggeredKeyword_1());
            		
            otherlv_2=(Token)match(input,44,FOLLOW_60); 

            			newLeafNode(otherlv_2, grammarAccess.getLifeEventAccess().getByKeyword_2());
            		
            // InternalKlantreis.g:1528:3: ( (lv_kind_3_0= ruleLifeEventKind ) )?
            int alt46=2;
            int LA46_0 = input.LA(1);

            if ( ((LA46_0>=87 && LA46_0<=97)) ) {
                alt46=1;
            }
            switch (alt46) {
                case 1 :
                    // InternalKlantreis.g:1529:4: (lv_kind_3_0= ruleLifeEventKind )
                    {
                    // InternalKlantreis.g:1529:4: (lv_kind_3_0= ruleLifeEventKind )
                    // InternalKlantreis.g:1530:5: lv_kind_3_0= ruleLifeEventKind
                    {

                    					newCompositeNode(grammarAccess.getLifeEventAccess().getKindLifeEventKindEnumRuleCall_3_0());
                    				
                    pushFollow(FOLLOW_61);
                    lv_kind_3_0=ruleLifeEventKind();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getLifeEventRule());
                    					}
                    					set(
                    						current,
                    						"kind",
                    						lv_kind_3_0,
                    						"nl.klantreis.dsl.Klantreis.LifeEventKind");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }

            // InternalKlantreis.g:1547:3: ( (lv_description_4_0= RULE_STRING ) )?
            int alt47=2;
            int LA47_0 = input.LA(1);

            if ( (LA47_0==RULE_STRING) ) {
                alt47=1;
            }
            switch (alt47) {
                case 1 :
                    // InternalKlantreis.g:1548:4: (lv_description_4_0= RULE_STRING )
                    {
                    // InternalKlantreis.g:1548:4: (lv_description_4_0= RULE_STRING )
                    // InternalKlantreis.g:1549:5: lv_description_4_0= RULE_STRING
                    {
                    lv_description_4_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    					newLeafNode(lv_description_4_0, grammarAccess.getLifeEventAccess().getDescriptionSTRINGTerminalRuleCall_4_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getLifeEventRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"description",
                    						lv_description_4_0,
                    						"nl.klantreis.dsl.Klantreis.STRING");
                    				

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleLifeEvent"


    // $ANTLR start "entryRulePhase"
    // InternalKlantreis.g:1569:1: entryRulePhase returns [EObject current=null] : iv_rulePhase= rulePhase EOF ;
    public final EObject entryRulePhase() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePhase = null;


        try {
            // InternalKlantreis.g:1569:46: (iv_rulePhase= rulePhase EOF )
            // InternalKlantreis.g:1570:2: iv_rulePhase= rulePhase EOF
            {
             newCompositeNode(grammarAccess.getPhaseRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePhase=rulePhase();

            state._fsp--;

             current =iv_rulePhase; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRulePhase"


    // $ANTLR start "rulePhase"
    // InternalKlantreis.g:1576:1: rulePhase returns [EObject current=null] : (otherlv_0= 'phase' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )? ( (lv_touchpoints_6_0= ruleTouchpoint ) )* otherlv_7= '}' ) ;
    public final EObject rulePhase() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_id_1_0=null;
        Token lv_name_2_0=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token lv_description_5_0=null;
        Token otherlv_7=null;
        EObject lv_touchpoints_6_0 = null;



        	enterRule();

        try {
            // InternalKlantreis.g:1582:2: ( (otherlv_0= 'phase' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )? ( (lv_touchpoints_6_0= ruleTouchpoint ) )* otherlv_7= '}' ) )
            // InternalKlantreis.g:1583:2: (otherlv_0= 'phase' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )? ( (lv_touchpoints_6_0= ruleTouchpoint ) )* otherlv_7= '}' )
            {
            // InternalKlantreis.g:1583:2: (otherlv_0= 'phase' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )? ( (lv_touchpoints_6_0= ruleTouchpoint ) )* otherlv_7= '}' )
            // InternalKlantreis.g:1584:3: otherlv_0= 'phase' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )? ( (lv_touchpoints_6_0= ruleTouchpoint ) )* otherlv_7= '}'
            {
            otherlv_0=(Token)match(input,51,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getPhaseAccess().getPhaseKeyword_0());
            		
            // InternalKlantreis.g:1588:3: ( (lv_id_1_0= RULE_ID ) )
            // InternalKlantreis.g:1589:4: (lv_id_1_0= RULE_ID )
            {
            // InternalKlantreis.g:1589:4: (lv_id_1_0= RULE_ID )
            // InternalKlantreis.g:1590:5: lv_id_1_0= RULE_ID
            {
            lv_id_1_0=(Token)match(input,RULE_ID,FOLLOW_4); 

            					newLeafNode(lv_id_1_0, grammarAccess.getPhaseAccess().getIdIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getPhaseRule());
            					}
            					setWithLastConsumed(
            						current,
            						"id",
            						lv_id_1_0,
            						"nl.klantreis.dsl.Klantreis.ID");
            				

            }


            }

            // InternalKlantreis.g:1606:3: ( (lv_name_2_0= RULE_STRING ) )?
            int alt48=2;
            int LA48_0 = input.LA(1);

            if ( (LA48_0==RULE_STRING) ) {
                alt48=1;
            }
            switch (alt48) {
                case 1 :
                    // InternalKlantreis.g:1607:4: (lv_name_2_0= RULE_STRING )
                    {
                    // InternalKlantreis.g:1607:4: (lv_name_2_0= RULE_STRING )
                    // InternalKlantreis.g:1608:5: lv_name_2_0= RULE_STRING
                    {
                    lv_name_2_0=(Token)match(input,RULE_STRING,FOLLOW_5); 

                    					newLeafNode(lv_name_2_0, grammarAccess.getPhaseAccess().getNameSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getPhaseRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"name",
                    						lv_name_2_0,
                    						"nl.klantreis.dsl.Klantreis.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_3=(Token)match(input,12,FOLLOW_62); 

            			newLeafNode(otherlv_3, grammarAccess.getPhaseAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalKlantreis.g:1628:3: (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )?
            int alt49=2;
            int LA49_0 = input.LA(1);

            if ( (LA49_0==13) ) {
                alt49=1;
            }
            switch (alt49) {
                case 1 :
                    // InternalKlantreis.g:1629:4: otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) )
                    {
                    otherlv_4=(Token)match(input,13,FOLLOW_7); 

                    				newLeafNode(otherlv_4, grammarAccess.getPhaseAccess().getDescriptionKeyword_4_0());
                    			
                    // InternalKlantreis.g:1633:4: ( (lv_description_5_0= RULE_STRING ) )
                    // InternalKlantreis.g:1634:5: (lv_description_5_0= RULE_STRING )
                    {
                    // InternalKlantreis.g:1634:5: (lv_description_5_0= RULE_STRING )
                    // InternalKlantreis.g:1635:6: lv_description_5_0= RULE_STRING
                    {
                    lv_description_5_0=(Token)match(input,RULE_STRING,FOLLOW_63); 

                    						newLeafNode(lv_description_5_0, grammarAccess.getPhaseAccess().getDescriptionSTRINGTerminalRuleCall_4_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPhaseRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"description",
                    							lv_description_5_0,
                    							"nl.klantreis.dsl.Klantreis.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:1652:3: ( (lv_touchpoints_6_0= ruleTouchpoint ) )*
            loop50:
            do {
                int alt50=2;
                int LA50_0 = input.LA(1);

                if ( (LA50_0==52) ) {
                    alt50=1;
                }


                switch (alt50) {
            	case 1 :
            	    // InternalKlantreis.g:1653:4: (lv_touchpoints_6_0= ruleTouchpoint )
            	    {
            	    // InternalKlantreis.g:1653:4: (lv_touchpoints_6_0= ruleTouchpoint )
            	    // InternalKlantreis.g:1654:5: lv_touchpoints_6_0= ruleTouchpoint
            	    {

            	    					newCompositeNode(grammarAccess.getPhaseAccess().getTouchpointsTouchpointParserRuleCall_5_0());
            	    				
            	    pushFollow(FOLLOW_63);
            	    lv_touchpoints_6_0=ruleTouchpoint();

            	    state._fsp--;


            	    					if (current==null) {
            	    						current = createModelElementForParent(grammarAccess.getPhaseRule());
            	    					}
            	    					add(
            	    						current,
            	    						"touchpoints",
            	    						lv_touchpoints_6_0,
            	    						"nl.klantreis.dsl.Klantreis.Touchpoint");
            	    					afterParserOrEnumRuleCall();
            	    				

            	    }


            	    }
            	    break;

            	default :
            	    break loop50;
                }
            } while (true);

            otherlv_7=(Token)match(input,14,FOLLOW_2); 

            			newLeafNode(otherlv_7, grammarAccess.getPhaseAccess().getRightCurlyBracketKeyword_6());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePhase"


    // $ANTLR start "entryRuleTouchpoint"
    // InternalKlantreis.g:1679:1: entryRuleTouchpoint returns [EObject current=null] : iv_ruleTouchpoint= ruleTouchpoint EOF ;
    public final EObject entryRuleTouchpoint() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleTouchpoint = null;


        try {
            // InternalKlantreis.g:1679:51: (iv_ruleTouchpoint= ruleTouchpoint EOF )
            // InternalKlantreis.g:1680:2: iv_ruleTouchpoint= ruleTouchpoint EOF
            {
             newCompositeNode(grammarAccess.getTouchpointRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleTouchpoint=ruleTouchpoint();

            state._fsp--;

             current =iv_ruleTouchpoint; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleTouchpoint"


    // $ANTLR start "ruleTouchpoint"
    // InternalKlantreis.g:1686:1: ruleTouchpoint returns [EObject current=null] : (otherlv_0= 'touchpoint' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= 'at' ( ( ruleQualifiedName ) ) otherlv_5= '{' (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? (otherlv_8= 'role' ( (lv_role_9_0= RULE_STRING ) ) )? (otherlv_10= 'channel' ( (lv_channel_11_0= ruleChannel ) ) )? (otherlv_12= 'initiated' otherlv_13= 'by' ( (lv_initiator_14_0= ruleInitiator ) ) )? (otherlv_15= 'purpose' ( (lv_purpose_16_0= rulePurpose ) ) )? (otherlv_17= 'duration' ( (lv_duration_18_0= RULE_INT ) ) otherlv_19= 'minutes' )? (otherlv_20= 'interpreter' ( (lv_interpreter_21_0= ruleInterpreterArrangement ) ) )? (otherlv_22= 'forms' ( (lv_communicationForms_23_0= ruleCommunicationForm ) ) (otherlv_24= ',' ( (lv_communicationForms_25_0= ruleCommunicationForm ) ) )* )? ( ( (lv_understandingChecked_26_0= 'understanding' ) ) otherlv_27= 'checked' )? (otherlv_28= 'emotion' ( (lv_emotion_29_0= ruleEmotion ) ) )? (otherlv_30= 'domains' ( (lv_lifeDomains_31_0= ruleLifeDomain ) ) (otherlv_32= ',' ( (lv_lifeDomains_33_0= ruleLifeDomain ) ) )* )? ( ( (lv_healthSignal_34_0= 'health' ) ) otherlv_35= 'signal' )? (otherlv_36= 'key' otherlv_37= 'persons' ( ( ruleQualifiedName ) ) (otherlv_39= ',' ( ( ruleQualifiedName ) ) )* )? otherlv_41= '}' ) ;
    public final EObject ruleTouchpoint() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_id_1_0=null;
        Token lv_name_2_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token otherlv_6=null;
        Token lv_description_7_0=null;
        Token otherlv_8=null;
        Token lv_role_9_0=null;
        Token otherlv_10=null;
        Token otherlv_12=null;
        Token otherlv_13=null;
        Token otherlv_15=null;
        Token otherlv_17=null;
        Token lv_duration_18_0=null;
        Token otherlv_19=null;
        Token otherlv_20=null;
        Token otherlv_22=null;
        Token otherlv_24=null;
        Token lv_understandingChecked_26_0=null;
        Token otherlv_27=null;
        Token otherlv_28=null;
        Token otherlv_30=null;
        Token otherlv_32=null;
        Token lv_healthSignal_34_0=null;
        Token otherlv_35=null;
        Token otherlv_36=null;
        Token otherlv_37=null;
        Token otherlv_39=null;
        Token otherlv_41=null;
        Enumerator lv_channel_11_0 = null;

        Enumerator lv_initiator_14_0 = null;

        Enumerator lv_purpose_16_0 = null;

        Enumerator lv_interpreter_21_0 = null;

        Enumerator lv_communicationForms_23_0 = null;

        Enumerator lv_communicationForms_25_0 = null;

        AntlrDatatypeRuleToken lv_emotion_29_0 = null;

        Enumerator lv_lifeDomains_31_0 = null;

        Enumerator lv_lifeDomains_33_0 = null;



        	enterRule();

        try {
            // InternalKlantreis.g:1692:2: ( (otherlv_0= 'touchpoint' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= 'at' ( ( ruleQualifiedName ) ) otherlv_5= '{' (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? (otherlv_8= 'role' ( (lv_role_9_0= RULE_STRING ) ) )? (otherlv_10= 'channel' ( (lv_channel_11_0= ruleChannel ) ) )? (otherlv_12= 'initiated' otherlv_13= 'by' ( (lv_initiator_14_0= ruleInitiator ) ) )? (otherlv_15= 'purpose' ( (lv_purpose_16_0= rulePurpose ) ) )? (otherlv_17= 'duration' ( (lv_duration_18_0= RULE_INT ) ) otherlv_19= 'minutes' )? (otherlv_20= 'interpreter' ( (lv_interpreter_21_0= ruleInterpreterArrangement ) ) )? (otherlv_22= 'forms' ( (lv_communicationForms_23_0= ruleCommunicationForm ) ) (otherlv_24= ',' ( (lv_communicationForms_25_0= ruleCommunicationForm ) ) )* )? ( ( (lv_understandingChecked_26_0= 'understanding' ) ) otherlv_27= 'checked' )? (otherlv_28= 'emotion' ( (lv_emotion_29_0= ruleEmotion ) ) )? (otherlv_30= 'domains' ( (lv_lifeDomains_31_0= ruleLifeDomain ) ) (otherlv_32= ',' ( (lv_lifeDomains_33_0= ruleLifeDomain ) ) )* )? ( ( (lv_healthSignal_34_0= 'health' ) ) otherlv_35= 'signal' )? (otherlv_36= 'key' otherlv_37= 'persons' ( ( ruleQualifiedName ) ) (otherlv_39= ',' ( ( ruleQualifiedName ) ) )* )? otherlv_41= '}' ) )
            // InternalKlantreis.g:1693:2: (otherlv_0= 'touchpoint' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= 'at' ( ( ruleQualifiedName ) ) otherlv_5= '{' (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? (otherlv_8= 'role' ( (lv_role_9_0= RULE_STRING ) ) )? (otherlv_10= 'channel' ( (lv_channel_11_0= ruleChannel ) ) )? (otherlv_12= 'initiated' otherlv_13= 'by' ( (lv_initiator_14_0= ruleInitiator ) ) )? (otherlv_15= 'purpose' ( (lv_purpose_16_0= rulePurpose ) ) )? (otherlv_17= 'duration' ( (lv_duration_18_0= RULE_INT ) ) otherlv_19= 'minutes' )? (otherlv_20= 'interpreter' ( (lv_interpreter_21_0= ruleInterpreterArrangement ) ) )? (otherlv_22= 'forms' ( (lv_communicationForms_23_0= ruleCommunicationForm ) ) (otherlv_24= ',' ( (lv_communicationForms_25_0= ruleCommunicationForm ) ) )* )? ( ( (lv_understandingChecked_26_0= 'understanding' ) ) otherlv_27= 'checked' )? (otherlv_28= 'emotion' ( (lv_emotion_29_0= ruleEmotion ) ) )? (otherlv_30= 'domains' ( (lv_lifeDomains_31_0= ruleLifeDomain ) ) (otherlv_32= ',' ( (lv_lifeDomains_33_0= ruleLifeDomain ) ) )* )? ( ( (lv_healthSignal_34_0= 'health' ) ) otherlv_35= 'signal' )? (otherlv_36= 'key' otherlv_37= 'persons' ( ( ruleQualifiedName ) ) (otherlv_39= ',' ( ( ruleQualifiedName ) ) )* )? otherlv_41= '}' )
            {
            // InternalKlantreis.g:1693:2: (otherlv_0= 'touchpoint' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= 'at' ( ( ruleQualifiedName ) ) otherlv_5= '{' (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? (otherlv_8= 'role' ( (lv_role_9_0= RULE_STRING ) ) )? (otherlv_10= 'channel' ( (lv_channel_11_0= ruleChannel ) ) )? (otherlv_12= 'initiated' otherlv_13= 'by' ( (lv_initiator_14_0= ruleInitiator ) ) )? (otherlv_15= 'purpose' ( (lv_purpose_16_0= rulePurpose ) ) )? (otherlv_17= 'duration' ( (lv_duration_18_0= RULE_INT ) ) otherlv_19= 'minutes' )? (otherlv_20= 'interpreter' ( (lv_interpreter_21_0= ruleInterpreterArrangement ) ) )? (otherlv_22= 'forms' ( (lv_communicationForms_23_0= ruleCommunicationForm ) ) (otherlv_24= ',' ( (lv_communicationForms_25_0= ruleCommunicationForm ) ) )* )? ( ( (lv_understandingChecked_26_0= 'understanding' ) ) otherlv_27= 'checked' )? (otherlv_28= 'emotion' ( (lv_emotion_29_0= ruleEmotion ) ) )? (otherlv_30= 'domains' ( (lv_lifeDomains_31_0= ruleLifeDomain ) ) (otherlv_32= ',' ( (lv_lifeDomains_33_0= ruleLifeDomain ) ) )* )? ( ( (lv_healthSignal_34_0= 'health' ) ) otherlv_35= 'signal' )? (otherlv_36= 'key' otherlv_37= 'persons' ( ( ruleQualifiedName ) ) (otherlv_39= ',' ( ( ruleQualifiedName ) ) )* )? otherlv_41= '}' )
            // InternalKlantreis.g:1694:3: otherlv_0= 'touchpoint' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= 'at' ( ( ruleQualifiedName ) ) otherlv_5= '{' (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )? (otherlv_8= 'role' ( (lv_role_9_0= RULE_STRING ) ) )? (otherlv_10= 'channel' ( (lv_channel_11_0= ruleChannel ) ) )? (otherlv_12= 'initiated' otherlv_13= 'by' ( (lv_initiator_14_0= ruleInitiator ) ) )? (otherlv_15= 'purpose' ( (lv_purpose_16_0= rulePurpose ) ) )? (otherlv_17= 'duration' ( (lv_duration_18_0= RULE_INT ) ) otherlv_19= 'minutes' )? (otherlv_20= 'interpreter' ( (lv_interpreter_21_0= ruleInterpreterArrangement ) ) )? (otherlv_22= 'forms' ( (lv_communicationForms_23_0= ruleCommunicationForm ) ) (otherlv_24= ',' ( (lv_communicationForms_25_0= ruleCommunicationForm ) ) )* )? ( ( (lv_understandingChecked_26_0= 'understanding' ) ) otherlv_27= 'checked' )? (otherlv_28= 'emotion' ( (lv_emotion_29_0= ruleEmotion ) ) )? (otherlv_30= 'domains' ( (lv_lifeDomains_31_0= ruleLifeDomain ) ) (otherlv_32= ',' ( (lv_lifeDomains_33_0= ruleLifeDomain ) ) )* )? ( ( (lv_healthSignal_34_0= 'health' ) ) otherlv_35= 'signal' )? (otherlv_36= 'key' otherlv_37= 'persons' ( ( ruleQualifiedName ) ) (otherlv_39= ',' ( ( ruleQualifiedName ) ) )* )? otherlv_41= '}'
            {
            otherlv_0=(Token)match(input,52,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getTouchpointAccess().getTouchpointKeyword_0());
            		
            // InternalKlantreis.g:1698:3: ( (lv_id_1_0= RULE_ID ) )
            // InternalKlantreis.g:1699:4: (lv_id_1_0= RULE_ID )
            {
            // InternalKlantreis.g:1699:4: (lv_id_1_0= RULE_ID )
            // InternalKlantreis.g:1700:5: lv_id_1_0= RULE_ID
            {
            lv_id_1_0=(Token)match(input,RULE_ID,FOLLOW_64); 

            					newLeafNode(lv_id_1_0, grammarAccess.getTouchpointAccess().getIdIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getTouchpointRule());
            					}
            					setWithLastConsumed(
            						current,
            						"id",
            						lv_id_1_0,
            						"nl.klantreis.dsl.Klantreis.ID");
            				

            }


            }

            // InternalKlantreis.g:1716:3: ( (lv_name_2_0= RULE_STRING ) )?
            int alt51=2;
            int LA51_0 = input.LA(1);

            if ( (LA51_0==RULE_STRING) ) {
                alt51=1;
            }
            switch (alt51) {
                case 1 :
                    // InternalKlantreis.g:1717:4: (lv_name_2_0= RULE_STRING )
                    {
                    // InternalKlantreis.g:1717:4: (lv_name_2_0= RULE_STRING )
                    // InternalKlantreis.g:1718:5: lv_name_2_0= RULE_STRING
                    {
                    lv_name_2_0=(Token)match(input,RULE_STRING,FOLLOW_65); 

                    					newLeafNode(lv_name_2_0, grammarAccess.getTouchpointAccess().getNameSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getTouchpointRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"name",
                    						lv_name_2_0,
                    						"nl.klantreis.dsl.Klantreis.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_3=(Token)match(input,53,FOLLOW_3); 

            			newLeafNode(otherlv_3, grammarAccess.getTouchpointAccess().getAtKeyword_3());
            		
            // InternalKlantreis.g:1738:3: ( ( ruleQualifiedName ) )
            // InternalKlantreis.g:1739:4: ( ruleQualifiedName )
            {
            // InternalKlantreis.g:1739:4: ( ruleQualifiedName )
            // InternalKlantreis.g:1740:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getTouchpointRule());
            					}
            				

            					newCompositeNode(grammarAccess.getTouchpointAccess().getOrganisationOrganisationCrossReference_4_0());
            				
            pushFollow(FOLLOW_5);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_5=(Token)match(input,12,FOLLOW_66); 

            			newLeafNode(otherlv_5, grammarAccess.getTouchpointAccess().getLeftCurlyBracketKeyword_5());
            		
            // InternalKlantreis.g:1758:3: (otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) ) )?
            int alt52=2;
            int LA52_0 = input.LA(1);

            if ( (LA52_0==13) ) {
                alt52=1;
            }
            switch (alt52) {
                case 1 :
                    // InternalKlantreis.g:1759:4: otherlv_6= 'description' ( (lv_description_7_0= RULE_STRING ) )
                    {
                    otherlv_6=(Token)match(input,13,FOLLOW_7); 

                    				newLeafNode(otherlv_6, grammarAccess.getTouchpointAccess().getDescriptionKeyword_6_0());
                    			
                    // InternalKlantreis.g:1763:4: ( (lv_description_7_0= RULE_STRING ) )
                    // InternalKlantreis.g:1764:5: (lv_description_7_0= RULE_STRING )
                    {
                    // InternalKlantreis.g:1764:5: (lv_description_7_0= RULE_STRING )
                    // InternalKlantreis.g:1765:6: lv_description_7_0= RULE_STRING
                    {
                    lv_description_7_0=(Token)match(input,RULE_STRING,FOLLOW_67); 

                    						newLeafNode(lv_description_7_0, grammarAccess.getTouchpointAccess().getDescriptionSTRINGTerminalRuleCall_6_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getTouchpointRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"description",
                    							lv_description_7_0,
                    							"nl.klantreis.dsl.Klantreis.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:1782:3: (otherlv_8= 'role' ( (lv_role_9_0= RULE_STRING ) ) )?
            int alt53=2;
            int LA53_0 = input.LA(1);

            if ( (LA53_0==54) ) {
                alt53=1;
            }
            switch (alt53) {
                case 1 :
                    // InternalKlantreis.g:1783:4: otherlv_8= 'role' ( (lv_role_9_0= RULE_STRING ) )
                    {
                    otherlv_8=(Token)match(input,54,FOLLOW_7); 

                    				newLeafNode(otherlv_8, grammarAccess.getTouchpointAccess().getRoleKeyword_7_0());
                    			
                    // InternalKlantreis.g:1787:4: ( (lv_role_9_0= RULE_STRING ) )
                    // InternalKlantreis.g:1788:5: (lv_role_9_0= RULE_STRING )
                    {
                    // InternalKlantreis.g:1788:5: (lv_role_9_0= RULE_STRING )
                    // InternalKlantreis.g:1789:6: lv_role_9_0= RULE_STRING
                    {
                    lv_role_9_0=(Token)match(input,RULE_STRING,FOLLOW_68); 

                    						newLeafNode(lv_role_9_0, grammarAccess.getTouchpointAccess().getRoleSTRINGTerminalRuleCall_7_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getTouchpointRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"role",
                    							lv_role_9_0,
                    							"nl.klantreis.dsl.Klantreis.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:1806:3: (otherlv_10= 'channel' ( (lv_channel_11_0= ruleChannel ) ) )?
            int alt54=2;
            int LA54_0 = input.LA(1);

            if ( (LA54_0==55) ) {
                alt54=1;
            }
            switch (alt54) {
                case 1 :
                    // InternalKlantreis.g:1807:4: otherlv_10= 'channel' ( (lv_channel_11_0= ruleChannel ) )
                    {
                    otherlv_10=(Token)match(input,55,FOLLOW_69); 

                    				newLeafNode(otherlv_10, grammarAccess.getTouchpointAccess().getChannelKeyword_8_0());
                    			
                    // InternalKlantreis.g:1811:4: ( (lv_channel_11_0= ruleChannel ) )
                    // InternalKlantreis.g:1812:5: (lv_channel_11_0= ruleChannel )
                    {
                    // InternalKlantreis.g:1812:5: (lv_channel_11_0= ruleChannel )
                    // InternalKlantreis.g:1813:6: lv_channel_11_0= ruleChannel
                    {

                    						newCompositeNode(grammarAccess.getTouchpointAccess().getChannelChannelEnumRuleCall_8_1_0());
                    					
                    pushFollow(FOLLOW_70);
                    lv_channel_11_0=ruleChannel();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getTouchpointRule());
                    						}
                    						set(
                    							current,
                    							"channel",
                    							lv_channel_11_0,
                    							"nl.klantreis.dsl.Klantreis.Channel");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:1831:3: (otherlv_12= 'initiated' otherlv_13= 'by' ( (lv_initiator_14_0= ruleInitiator ) ) )?
            int alt55=2;
            int LA55_0 = input.LA(1);

            if ( (LA55_0==56) ) {
                alt55=1;
            }
            switch (alt55) {
                case 1 :
                    // InternalKlantreis.g:1832:4: otherlv_12= 'initiated' otherlv_13= 'by' ( (lv_initiator_14_0= ruleInitiator ) )
                    {
                    otherlv_12=(Token)match(input,56,FOLLOW_49); 

                    				newLeafNode(otherlv_12, grammarAccess.getTouchpointAccess().getInitiatedKeyword_9_0());
                    			
                    otherlv_13=(Token)match(input,44,FOLLOW_71); 

                    				newLeafNode(otherlv_13, grammarAccess.getTouchpointAccess().getByKeyword_9_1());
                    			
                    // InternalKlantreis.g:1840:4: ( (lv_initiator_14_0= ruleInitiator ) )
                    // InternalKlantreis.g:1841:5: (lv_initiator_14_0= ruleInitiator )
                    {
                    // InternalKlantreis.g:1841:5: (lv_initiator_14_0= ruleInitiator )
                    // InternalKlantreis.g:1842:6: lv_initiator_14_0= ruleInitiator
                    {

                    						newCompositeNode(grammarAccess.getTouchpointAccess().getInitiatorInitiatorEnumRuleCall_9_2_0());
                    					
                    pushFollow(FOLLOW_72);
                    lv_initiator_14_0=ruleInitiator();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getTouchpointRule());
                    						}
                    						set(
                    							current,
                    							"initiator",
                    							lv_initiator_14_0,
                    							"nl.klantreis.dsl.Klantreis.Initiator");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:1860:3: (otherlv_15= 'purpose' ( (lv_purpose_16_0= rulePurpose ) ) )?
            int alt56=2;
            int LA56_0 = input.LA(1);

            if ( (LA56_0==57) ) {
                alt56=1;
            }
            switch (alt56) {
                case 1 :
                    // InternalKlantreis.g:1861:4: otherlv_15= 'purpose' ( (lv_purpose_16_0= rulePurpose ) )
                    {
                    otherlv_15=(Token)match(input,57,FOLLOW_73); 

                    				newLeafNode(otherlv_15, grammarAccess.getTouchpointAccess().getPurposeKeyword_10_0());
                    			
                    // InternalKlantreis.g:1865:4: ( (lv_purpose_16_0= rulePurpose ) )
                    // InternalKlantreis.g:1866:5: (lv_purpose_16_0= rulePurpose )
                    {
                    // InternalKlantreis.g:1866:5: (lv_purpose_16_0= rulePurpose )
                    // InternalKlantreis.g:1867:6: lv_purpose_16_0= rulePurpose
                    {

                    						newCompositeNode(grammarAccess.getTouchpointAccess().getPurposePurposeEnumRuleCall_10_1_0());
                    					
                    pushFollow(FOLLOW_74);
                    lv_purpose_16_0=rulePurpose();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getTouchpointRule());
                    						}
                    						set(
                    							current,
                    							"purpose",
                    							lv_purpose_16_0,
                    							"nl.klantreis.dsl.Klantreis.Purpose");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:1885:3: (otherlv_17= 'duration' ( (lv_duration_18_0= RULE_INT ) ) otherlv_19= 'minutes' )?
            int alt57=2;
            int LA57_0 = input.LA(1);

            if ( (LA57_0==58) ) {
                alt57=1;
            }
            switch (alt57) {
                case 1 :
                    // InternalKlantreis.g:1886:4: otherlv_17= 'duration' ( (lv_duration_18_0= RULE_INT ) ) otherlv_19= 'minutes'
                    {
                    otherlv_17=(Token)match(input,58,FOLLOW_17); 

                    				newLeafNode(otherlv_17, grammarAccess.getTouchpointAccess().getDurationKeyword_11_0());
                    			
                    // InternalKlantreis.g:1890:4: ( (lv_duration_18_0= RULE_INT ) )
                    // InternalKlantreis.g:1891:5: (lv_duration_18_0= RULE_INT )
                    {
                    // InternalKlantreis.g:1891:5: (lv_duration_18_0= RULE_INT )
                    // InternalKlantreis.g:1892:6: lv_duration_18_0= RULE_INT
                    {
                    lv_duration_18_0=(Token)match(input,RULE_INT,FOLLOW_75); 

                    						newLeafNode(lv_duration_18_0, grammarAccess.getTouchpointAccess().getDurationINTTerminalRuleCall_11_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getTouchpointRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"duration",
                    							lv_duration_18_0,
                    							"nl.klantreis.dsl.Klantreis.INT");
                    					

                    }


                    }

                    otherlv_19=(Token)match(input,59,FOLLOW_76); 

                    				newLeafNode(otherlv_19, grammarAccess.getTouchpointAccess().getMinutesKeyword_11_2());
                    			

                    }
                    break;

            }

            // InternalKlantreis.g:1913:3: (otherlv_20= 'interpreter' ( (lv_interpreter_21_0= ruleInterpreterArrangement ) ) )?
            int alt58=2;
            int LA58_0 = input.LA(1);

            if ( (LA58_0==19) ) {
                alt58=1;
            }
            switch (alt58) {
                case 1 :
                    // InternalKlantreis.g:1914:4: otherlv_20= 'interpreter' ( (lv_interpreter_21_0= ruleInterpreterArrangement ) )
                    {
                    otherlv_20=(Token)match(input,19,FOLLOW_77); 

                    				newLeafNode(otherlv_20, grammarAccess.getTouchpointAccess().getInterpreterKeyword_12_0());
                    			
                    // InternalKlantreis.g:1918:4: ( (lv_interpreter_21_0= ruleInterpreterArrangement ) )
                    // InternalKlantreis.g:1919:5: (lv_interpreter_21_0= ruleInterpreterArrangement )
                    {
                    // InternalKlantreis.g:1919:5: (lv_interpreter_21_0= ruleInterpreterArrangement )
                    // InternalKlantreis.g:1920:6: lv_interpreter_21_0= ruleInterpreterArrangement
                    {

                    						newCompositeNode(grammarAccess.getTouchpointAccess().getInterpreterInterpreterArrangementEnumRuleCall_12_1_0());
                    					
                    pushFollow(FOLLOW_78);
                    lv_interpreter_21_0=ruleInterpreterArrangement();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getTouchpointRule());
                    						}
                    						set(
                    							current,
                    							"interpreter",
                    							lv_interpreter_21_0,
                    							"nl.klantreis.dsl.Klantreis.InterpreterArrangement");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:1938:3: (otherlv_22= 'forms' ( (lv_communicationForms_23_0= ruleCommunicationForm ) ) (otherlv_24= ',' ( (lv_communicationForms_25_0= ruleCommunicationForm ) ) )* )?
            int alt60=2;
            int LA60_0 = input.LA(1);

            if ( (LA60_0==60) ) {
                alt60=1;
            }
            switch (alt60) {
                case 1 :
                    // InternalKlantreis.g:1939:4: otherlv_22= 'forms' ( (lv_communicationForms_23_0= ruleCommunicationForm ) ) (otherlv_24= ',' ( (lv_communicationForms_25_0= ruleCommunicationForm ) ) )*
                    {
                    otherlv_22=(Token)match(input,60,FOLLOW_79); 

                    				newLeafNode(otherlv_22, grammarAccess.getTouchpointAccess().getFormsKeyword_13_0());
                    			
                    // InternalKlantreis.g:1943:4: ( (lv_communicationForms_23_0= ruleCommunicationForm ) )
                    // InternalKlantreis.g:1944:5: (lv_communicationForms_23_0= ruleCommunicationForm )
                    {
                    // InternalKlantreis.g:1944:5: (lv_communicationForms_23_0= ruleCommunicationForm )
                    // InternalKlantreis.g:1945:6: lv_communicationForms_23_0= ruleCommunicationForm
                    {

                    						newCompositeNode(grammarAccess.getTouchpointAccess().getCommunicationFormsCommunicationFormEnumRuleCall_13_1_0());
                    					
                    pushFollow(FOLLOW_80);
                    lv_communicationForms_23_0=ruleCommunicationForm();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getTouchpointRule());
                    						}
                    						add(
                    							current,
                    							"communicationForms",
                    							lv_communicationForms_23_0,
                    							"nl.klantreis.dsl.Klantreis.CommunicationForm");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalKlantreis.g:1962:4: (otherlv_24= ',' ( (lv_communicationForms_25_0= ruleCommunicationForm ) ) )*
                    loop59:
                    do {
                        int alt59=2;
                        int LA59_0 = input.LA(1);

                        if ( (LA59_0==30) ) {
                            alt59=1;
                        }


                        switch (alt59) {
                    	case 1 :
                    	    // InternalKlantreis.g:1963:5: otherlv_24= ',' ( (lv_communicationForms_25_0= ruleCommunicationForm ) )
                    	    {
                    	    otherlv_24=(Token)match(input,30,FOLLOW_79); 

                    	    					newLeafNode(otherlv_24, grammarAccess.getTouchpointAccess().getCommaKeyword_13_2_0());
                    	    				
                    	    // InternalKlantreis.g:1967:5: ( (lv_communicationForms_25_0= ruleCommunicationForm ) )
                    	    // InternalKlantreis.g:1968:6: (lv_communicationForms_25_0= ruleCommunicationForm )
                    	    {
                    	    // InternalKlantreis.g:1968:6: (lv_communicationForms_25_0= ruleCommunicationForm )
                    	    // InternalKlantreis.g:1969:7: lv_communicationForms_25_0= ruleCommunicationForm
                    	    {

                    	    							newCompositeNode(grammarAccess.getTouchpointAccess().getCommunicationFormsCommunicationFormEnumRuleCall_13_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_80);
                    	    lv_communicationForms_25_0=ruleCommunicationForm();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getTouchpointRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"communicationForms",
                    	    								lv_communicationForms_25_0,
                    	    								"nl.klantreis.dsl.Klantreis.CommunicationForm");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop59;
                        }
                    } while (true);


                    }
                    break;

            }

            // InternalKlantreis.g:1988:3: ( ( (lv_understandingChecked_26_0= 'understanding' ) ) otherlv_27= 'checked' )?
            int alt61=2;
            int LA61_0 = input.LA(1);

            if ( (LA61_0==61) ) {
                alt61=1;
            }
            switch (alt61) {
                case 1 :
                    // InternalKlantreis.g:1989:4: ( (lv_understandingChecked_26_0= 'understanding' ) ) otherlv_27= 'checked'
                    {
                    // InternalKlantreis.g:1989:4: ( (lv_understandingChecked_26_0= 'understanding' ) )
                    // InternalKlantreis.g:1990:5: (lv_understandingChecked_26_0= 'understanding' )
                    {
                    // InternalKlantreis.g:1990:5: (lv_understandingChecked_26_0= 'understanding' )
                    // InternalKlantreis.g:1991:6: lv_understandingChecked_26_0= 'understanding'
                    {
                    lv_understandingChecked_26_0=(Token)match(input,61,FOLLOW_81); 

                    						newLeafNode(lv_understandingChecked_26_0, grammarAccess.getTouchpointAccess().getUnderstandingCheckedUnderstandingKeyword_14_0_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getTouchpointRule());
                    						}
                    						setWithLastConsumed(current, "understandingChecked", lv_understandingChecked_26_0 != null, "understanding");
                    					

                    }


                    }

                    otherlv_27=(Token)match(input,62,FOLLOW_82); 

                    				newLeafNode(otherlv_27, grammarAccess.getTouchpointAccess().getCheckedKeyword_14_1());
                    			

                    }
                    break;

            }

            // InternalKlantreis.g:2008:3: (otherlv_28= 'emotion' ( (lv_emotion_29_0= ruleEmotion ) ) )?
            int alt62=2;
            int LA62_0 = input.LA(1);

            if ( (LA62_0==63) ) {
                alt62=1;
            }
            switch (alt62) {
                case 1 :
                    // InternalKlantreis.g:2009:4: otherlv_28= 'emotion' ( (lv_emotion_29_0= ruleEmotion ) )
                    {
                    otherlv_28=(Token)match(input,63,FOLLOW_83); 

                    				newLeafNode(otherlv_28, grammarAccess.getTouchpointAccess().getEmotionKeyword_15_0());
                    			
                    // InternalKlantreis.g:2013:4: ( (lv_emotion_29_0= ruleEmotion ) )
                    // InternalKlantreis.g:2014:5: (lv_emotion_29_0= ruleEmotion )
                    {
                    // InternalKlantreis.g:2014:5: (lv_emotion_29_0= ruleEmotion )
                    // InternalKlantreis.g:2015:6: lv_emotion_29_0= ruleEmotion
                    {

                    						newCompositeNode(grammarAccess.getTouchpointAccess().getEmotionEmotionParserRuleCall_15_1_0());
                    					
                    pushFollow(FOLLOW_84);
                    lv_emotion_29_0=ruleEmotion();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getTouchpointRule());
                    						}
                    						set(
                    							current,
                    							"emotion",
                    							lv_emotion_29_0,
                    							"nl.klantreis.dsl.Klantreis.Emotion");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:2033:3: (otherlv_30= 'domains' ( (lv_lifeDomains_31_0= ruleLifeDomain ) ) (otherlv_32= ',' ( (lv_lifeDomains_33_0= ruleLifeDomain ) ) )* )?
            int alt64=2;
            int LA64_0 = input.LA(1);

            if ( (LA64_0==64) ) {
                alt64=1;
            }
            switch (alt64) {
                case 1 :
                    // InternalKlantreis.g:2034:4: otherlv_30= 'domains' ( (lv_lifeDomains_31_0= ruleLifeDomain ) ) (otherlv_32= ',' ( (lv_lifeDomains_33_0= ruleLifeDomain ) ) )*
                    {
                    otherlv_30=(Token)match(input,64,FOLLOW_85); 

                    				newLeafNode(otherlv_30, grammarAccess.getTouchpointAccess().getDomainsKeyword_16_0());
                    			
                    // InternalKlantreis.g:2038:4: ( (lv_lifeDomains_31_0= ruleLifeDomain ) )
                    // InternalKlantreis.g:2039:5: (lv_lifeDomains_31_0= ruleLifeDomain )
                    {
                    // InternalKlantreis.g:2039:5: (lv_lifeDomains_31_0= ruleLifeDomain )
                    // InternalKlantreis.g:2040:6: lv_lifeDomains_31_0= ruleLifeDomain
                    {

                    						newCompositeNode(grammarAccess.getTouchpointAccess().getLifeDomainsLifeDomainEnumRuleCall_16_1_0());
                    					
                    pushFollow(FOLLOW_86);
                    lv_lifeDomains_31_0=ruleLifeDomain();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getTouchpointRule());
                    						}
                    						add(
                    							current,
                    							"lifeDomains",
                    							lv_lifeDomains_31_0,
                    							"nl.klantreis.dsl.Klantreis.LifeDomain");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalKlantreis.g:2057:4: (otherlv_32= ',' ( (lv_lifeDomains_33_0= ruleLifeDomain ) ) )*
                    loop63:
                    do {
                        int alt63=2;
                        int LA63_0 = input.LA(1);

                        if ( (LA63_0==30) ) {
                            alt63=1;
                        }


                        switch (alt63) {
                    	case 1 :
                    	    // InternalKlantreis.g:2058:5: otherlv_32= ',' ( (lv_lifeDomains_33_0= ruleLifeDomain ) )
                    	    {
                    	    otherlv_32=(Token)match(input,30,FOLLOW_85); 

                    	    					newLeafNode(otherlv_32, grammarAccess.getTouchpointAccess().getCommaKeyword_16_2_0());
                    	    				
                    	    // InternalKlantreis.g:2062:5: ( (lv_lifeDomains_33_0= ruleLifeDomain ) )
                    	    // InternalKlantreis.g:2063:6: (lv_lifeDomains_33_0= ruleLifeDomain )
                    	    {
                    	    // InternalKlantreis.g:2063:6: (lv_lifeDomains_33_0= ruleLifeDomain )
                    	    // InternalKlantreis.g:2064:7: lv_lifeDomains_33_0= ruleLifeDomain
                    	    {

                    	    							newCompositeNode(grammarAccess.getTouchpointAccess().getLifeDomainsLifeDomainEnumRuleCall_16_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_86);
                    	    lv_lifeDomains_33_0=ruleLifeDomain();

                    	    state._fsp--;


                    	    							if (current==null) {
                    	    								current = createModelElementForParent(grammarAccess.getTouchpointRule());
                    	    							}
                    	    							add(
                    	    								current,
                    	    								"lifeDomains",
                    	    								lv_lifeDomains_33_0,
                    	    								"nl.klantreis.dsl.Klantreis.LifeDomain");
                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop63;
                        }
                    } while (true);


                    }
                    break;

            }

            // InternalKlantreis.g:2083:3: ( ( (lv_healthSignal_34_0= 'health' ) ) otherlv_35= 'signal' )?
            int alt65=2;
            int LA65_0 = input.LA(1);

            if ( (LA65_0==33) ) {
                alt65=1;
            }
            switch (alt65) {
                case 1 :
                    // InternalKlantreis.g:2084:4: ( (lv_healthSignal_34_0= 'health' ) ) otherlv_35= 'signal'
                    {
                    // InternalKlantreis.g:2084:4: ( (lv_healthSignal_34_0= 'health' ) )
                    // InternalKlantreis.g:2085:5: (lv_healthSignal_34_0= 'health' )
                    {
                    // InternalKlantreis.g:2085:5: (lv_healthSignal_34_0= 'health' )
                    // InternalKlantreis.g:2086:6: lv_healthSignal_34_0= 'health'
                    {
                    lv_healthSignal_34_0=(Token)match(input,33,FOLLOW_87); 

                    						newLeafNode(lv_healthSignal_34_0, grammarAccess.getTouchpointAccess().getHealthSignalHealthKeyword_17_0_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getTouchpointRule());
                    						}
                    						setWithLastConsumed(current, "healthSignal", lv_healthSignal_34_0 != null, "health");
                    					

                    }


                    }

                    otherlv_35=(Token)match(input,65,FOLLOW_88); 

                    				newLeafNode(otherlv_35, grammarAccess.getTouchpointAccess().getSignalKeyword_17_1());
                    			

                    }
                    break;

            }

            // InternalKlantreis.g:2103:3: (otherlv_36= 'key' otherlv_37= 'persons' ( ( ruleQualifiedName ) ) (otherlv_39= ',' ( ( ruleQualifiedName ) ) )* )?
            int alt67=2;
            int LA67_0 = input.LA(1);

            if ( (LA67_0==39) ) {
                alt67=1;
            }
            switch (alt67) {
                case 1 :
                    // InternalKlantreis.g:2104:4: otherlv_36= 'key' otherlv_37= 'persons' ( ( ruleQualifiedName ) ) (otherlv_39= ',' ( ( ruleQualifiedName ) ) )*
                    {
                    otherlv_36=(Token)match(input,39,FOLLOW_89); 

                    				newLeafNode(otherlv_36, grammarAccess.getTouchpointAccess().getKeyKeyword_18_0());
                    			
                    otherlv_37=(Token)match(input,66,FOLLOW_3); 

                    				newLeafNode(otherlv_37, grammarAccess.getTouchpointAccess().getPersonsKeyword_18_1());
                    			
                    // InternalKlantreis.g:2112:4: ( ( ruleQualifiedName ) )
                    // InternalKlantreis.g:2113:5: ( ruleQualifiedName )
                    {
                    // InternalKlantreis.g:2113:5: ( ruleQualifiedName )
                    // InternalKlantreis.g:2114:6: ruleQualifiedName
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getTouchpointRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getTouchpointAccess().getKeyPersonsKeyPersonCrossReference_18_2_0());
                    					
                    pushFollow(FOLLOW_41);
                    ruleQualifiedName();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalKlantreis.g:2128:4: (otherlv_39= ',' ( ( ruleQualifiedName ) ) )*
                    loop66:
                    do {
                        int alt66=2;
                        int LA66_0 = input.LA(1);

                        if ( (LA66_0==30) ) {
                            alt66=1;
                        }


                        switch (alt66) {
                    	case 1 :
                    	    // InternalKlantreis.g:2129:5: otherlv_39= ',' ( ( ruleQualifiedName ) )
                    	    {
                    	    otherlv_39=(Token)match(input,30,FOLLOW_3); 

                    	    					newLeafNode(otherlv_39, grammarAccess.getTouchpointAccess().getCommaKeyword_18_3_0());
                    	    				
                    	    // InternalKlantreis.g:2133:5: ( ( ruleQualifiedName ) )
                    	    // InternalKlantreis.g:2134:6: ( ruleQualifiedName )
                    	    {
                    	    // InternalKlantreis.g:2134:6: ( ruleQualifiedName )
                    	    // InternalKlantreis.g:2135:7: ruleQualifiedName
                    	    {

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getTouchpointRule());
                    	    							}
                    	    						

                    	    							newCompositeNode(grammarAccess.getTouchpointAccess().getKeyPersonsKeyPersonCrossReference_18_3_1_0());
                    	    						
                    	    pushFollow(FOLLOW_41);
                    	    ruleQualifiedName();

                    	    state._fsp--;


                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop66;
                        }
                    } while (true);


                    }
                    break;

            }

            otherlv_41=(Token)match(input,14,FOLLOW_2); 

            			newLeafNode(otherlv_41, grammarAccess.getTouchpointAccess().getRightCurlyBracketKeyword_19());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleTouchpoint"


    // $ANTLR start "entryRuleHandover"
    // InternalKlantreis.g:2159:1: entryRuleHandover returns [EObject current=null] : iv_ruleHandover= ruleHandover EOF ;
    public final EObject entryRuleHandover() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleHandover = null;


        try {
            // InternalKlantreis.g:2159:49: (iv_ruleHandover= ruleHandover EOF )
            // InternalKlantreis.g:2160:2: iv_ruleHandover= ruleHandover EOF
            {
             newCompositeNode(grammarAccess.getHandoverRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleHandover=ruleHandover();

            state._fsp--;

             current =iv_ruleHandover; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleHandover"


    // $ANTLR start "ruleHandover"
    // InternalKlantreis.g:2166:1: ruleHandover returns [EObject current=null] : (otherlv_0= 'handover' ( ( ruleQualifiedName ) ) otherlv_2= '->' ( ( ruleQualifiedName ) ) ( (lv_kind_4_0= ruleHandoverKind ) )? ( (lv_description_5_0= RULE_STRING ) )? ) ;
    public final EObject ruleHandover() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_2=null;
        Token lv_description_5_0=null;
        Enumerator lv_kind_4_0 = null;



        	enterRule();

        try {
            // InternalKlantreis.g:2172:2: ( (otherlv_0= 'handover' ( ( ruleQualifiedName ) ) otherlv_2= '->' ( ( ruleQualifiedName ) ) ( (lv_kind_4_0= ruleHandoverKind ) )? ( (lv_description_5_0= RULE_STRING ) )? ) )
            // InternalKlantreis.g:2173:2: (otherlv_0= 'handover' ( ( ruleQualifiedName ) ) otherlv_2= '->' ( ( ruleQualifiedName ) ) ( (lv_kind_4_0= ruleHandoverKind ) )? ( (lv_description_5_0= RULE_STRING ) )? )
            {
            // InternalKlantreis.g:2173:2: (otherlv_0= 'handover' ( ( ruleQualifiedName ) ) otherlv_2= '->' ( ( ruleQualifiedName ) ) ( (lv_kind_4_0= ruleHandoverKind ) )? ( (lv_description_5_0= RULE_STRING ) )? )
            // InternalKlantreis.g:2174:3: otherlv_0= 'handover' ( ( ruleQualifiedName ) ) otherlv_2= '->' ( ( ruleQualifiedName ) ) ( (lv_kind_4_0= ruleHandoverKind ) )? ( (lv_description_5_0= RULE_STRING ) )?
            {
            otherlv_0=(Token)match(input,67,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getHandoverAccess().getHandoverKeyword_0());
            		
            // InternalKlantreis.g:2178:3: ( ( ruleQualifiedName ) )
            // InternalKlantreis.g:2179:4: ( ruleQualifiedName )
            {
            // InternalKlantreis.g:2179:4: ( ruleQualifiedName )
            // InternalKlantreis.g:2180:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getHandoverRule());
            					}
            				

            					newCompositeNode(grammarAccess.getHandoverAccess().getSourceTouchpointCrossReference_1_0());
            				
            pushFollow(FOLLOW_90);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            otherlv_2=(Token)match(input,68,FOLLOW_3); 

            			newLeafNode(otherlv_2, grammarAccess.getHandoverAccess().getHyphenMinusGreaterThanSignKeyword_2());
            		
            // InternalKlantreis.g:2198:3: ( ( ruleQualifiedName ) )
            // InternalKlantreis.g:2199:4: ( ruleQualifiedName )
            {
            // InternalKlantreis.g:2199:4: ( ruleQualifiedName )
            // InternalKlantreis.g:2200:5: ruleQualifiedName
            {

            					if (current==null) {
            						current = createModelElement(grammarAccess.getHandoverRule());
            					}
            				

            					newCompositeNode(grammarAccess.getHandoverAccess().getTargetTouchpointCrossReference_3_0());
            				
            pushFollow(FOLLOW_91);
            ruleQualifiedName();

            state._fsp--;


            					afterParserOrEnumRuleCall();
            				

            }


            }

            // InternalKlantreis.g:2214:3: ( (lv_kind_4_0= ruleHandoverKind ) )?
            int alt68=2;
            int LA68_0 = input.LA(1);

            if ( ((LA68_0>=136 && LA68_0<=137)) ) {
                alt68=1;
            }
            switch (alt68) {
                case 1 :
                    // InternalKlantreis.g:2215:4: (lv_kind_4_0= ruleHandoverKind )
                    {
                    // InternalKlantreis.g:2215:4: (lv_kind_4_0= ruleHandoverKind )
                    // InternalKlantreis.g:2216:5: lv_kind_4_0= ruleHandoverKind
                    {

                    					newCompositeNode(grammarAccess.getHandoverAccess().getKindHandoverKindEnumRuleCall_4_0());
                    				
                    pushFollow(FOLLOW_61);
                    lv_kind_4_0=ruleHandoverKind();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getHandoverRule());
                    					}
                    					set(
                    						current,
                    						"kind",
                    						lv_kind_4_0,
                    						"nl.klantreis.dsl.Klantreis.HandoverKind");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }

            // InternalKlantreis.g:2233:3: ( (lv_description_5_0= RULE_STRING ) )?
            int alt69=2;
            int LA69_0 = input.LA(1);

            if ( (LA69_0==RULE_STRING) ) {
                alt69=1;
            }
            switch (alt69) {
                case 1 :
                    // InternalKlantreis.g:2234:4: (lv_description_5_0= RULE_STRING )
                    {
                    // InternalKlantreis.g:2234:4: (lv_description_5_0= RULE_STRING )
                    // InternalKlantreis.g:2235:5: lv_description_5_0= RULE_STRING
                    {
                    lv_description_5_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

                    					newLeafNode(lv_description_5_0, grammarAccess.getHandoverAccess().getDescriptionSTRINGTerminalRuleCall_5_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getHandoverRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"description",
                    						lv_description_5_0,
                    						"nl.klantreis.dsl.Klantreis.STRING");
                    				

                    }


                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleHandover"


    // $ANTLR start "entryRulePainPoint"
    // InternalKlantreis.g:2255:1: entryRulePainPoint returns [EObject current=null] : iv_rulePainPoint= rulePainPoint EOF ;
    public final EObject entryRulePainPoint() throws RecognitionException {
        EObject current = null;

        EObject iv_rulePainPoint = null;


        try {
            // InternalKlantreis.g:2255:50: (iv_rulePainPoint= rulePainPoint EOF )
            // InternalKlantreis.g:2256:2: iv_rulePainPoint= rulePainPoint EOF
            {
             newCompositeNode(grammarAccess.getPainPointRule()); 
            pushFollow(FOLLOW_1);
            iv_rulePainPoint=rulePainPoint();

            state._fsp--;

             current =iv_rulePainPoint; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRulePainPoint"


    // $ANTLR start "rulePainPoint"
    // InternalKlantreis.g:2262:1: rulePainPoint returns [EObject current=null] : (otherlv_0= 'pain' otherlv_1= 'point' ( (lv_id_2_0= RULE_ID ) ) ( (lv_name_3_0= RULE_STRING ) )? otherlv_4= '{' (otherlv_5= 'description' ( (lv_description_6_0= RULE_STRING ) ) )? (otherlv_7= 'concerns' ( ( ruleQualifiedName ) ) (otherlv_9= ',' ( ( ruleQualifiedName ) ) )* )? otherlv_11= '}' ) ;
    public final EObject rulePainPoint() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token otherlv_1=null;
        Token lv_id_2_0=null;
        Token lv_name_3_0=null;
        Token otherlv_4=null;
        Token otherlv_5=null;
        Token lv_description_6_0=null;
        Token otherlv_7=null;
        Token otherlv_9=null;
        Token otherlv_11=null;


        	enterRule();

        try {
            // InternalKlantreis.g:2268:2: ( (otherlv_0= 'pain' otherlv_1= 'point' ( (lv_id_2_0= RULE_ID ) ) ( (lv_name_3_0= RULE_STRING ) )? otherlv_4= '{' (otherlv_5= 'description' ( (lv_description_6_0= RULE_STRING ) ) )? (otherlv_7= 'concerns' ( ( ruleQualifiedName ) ) (otherlv_9= ',' ( ( ruleQualifiedName ) ) )* )? otherlv_11= '}' ) )
            // InternalKlantreis.g:2269:2: (otherlv_0= 'pain' otherlv_1= 'point' ( (lv_id_2_0= RULE_ID ) ) ( (lv_name_3_0= RULE_STRING ) )? otherlv_4= '{' (otherlv_5= 'description' ( (lv_description_6_0= RULE_STRING ) ) )? (otherlv_7= 'concerns' ( ( ruleQualifiedName ) ) (otherlv_9= ',' ( ( ruleQualifiedName ) ) )* )? otherlv_11= '}' )
            {
            // InternalKlantreis.g:2269:2: (otherlv_0= 'pain' otherlv_1= 'point' ( (lv_id_2_0= RULE_ID ) ) ( (lv_name_3_0= RULE_STRING ) )? otherlv_4= '{' (otherlv_5= 'description' ( (lv_description_6_0= RULE_STRING ) ) )? (otherlv_7= 'concerns' ( ( ruleQualifiedName ) ) (otherlv_9= ',' ( ( ruleQualifiedName ) ) )* )? otherlv_11= '}' )
            // InternalKlantreis.g:2270:3: otherlv_0= 'pain' otherlv_1= 'point' ( (lv_id_2_0= RULE_ID ) ) ( (lv_name_3_0= RULE_STRING ) )? otherlv_4= '{' (otherlv_5= 'description' ( (lv_description_6_0= RULE_STRING ) ) )? (otherlv_7= 'concerns' ( ( ruleQualifiedName ) ) (otherlv_9= ',' ( ( ruleQualifiedName ) ) )* )? otherlv_11= '}'
            {
            otherlv_0=(Token)match(input,69,FOLLOW_92); 

            			newLeafNode(otherlv_0, grammarAccess.getPainPointAccess().getPainKeyword_0());
            		
            otherlv_1=(Token)match(input,70,FOLLOW_3); 

            			newLeafNode(otherlv_1, grammarAccess.getPainPointAccess().getPointKeyword_1());
            		
            // InternalKlantreis.g:2278:3: ( (lv_id_2_0= RULE_ID ) )
            // InternalKlantreis.g:2279:4: (lv_id_2_0= RULE_ID )
            {
            // InternalKlantreis.g:2279:4: (lv_id_2_0= RULE_ID )
            // InternalKlantreis.g:2280:5: lv_id_2_0= RULE_ID
            {
            lv_id_2_0=(Token)match(input,RULE_ID,FOLLOW_4); 

            					newLeafNode(lv_id_2_0, grammarAccess.getPainPointAccess().getIdIDTerminalRuleCall_2_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getPainPointRule());
            					}
            					setWithLastConsumed(
            						current,
            						"id",
            						lv_id_2_0,
            						"nl.klantreis.dsl.Klantreis.ID");
            				

            }


            }

            // InternalKlantreis.g:2296:3: ( (lv_name_3_0= RULE_STRING ) )?
            int alt70=2;
            int LA70_0 = input.LA(1);

            if ( (LA70_0==RULE_STRING) ) {
                alt70=1;
            }
            switch (alt70) {
                case 1 :
                    // InternalKlantreis.g:2297:4: (lv_name_3_0= RULE_STRING )
                    {
                    // InternalKlantreis.g:2297:4: (lv_name_3_0= RULE_STRING )
                    // InternalKlantreis.g:2298:5: lv_name_3_0= RULE_STRING
                    {
                    lv_name_3_0=(Token)match(input,RULE_STRING,FOLLOW_5); 

                    					newLeafNode(lv_name_3_0, grammarAccess.getPainPointAccess().getNameSTRINGTerminalRuleCall_3_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getPainPointRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"name",
                    						lv_name_3_0,
                    						"nl.klantreis.dsl.Klantreis.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_4=(Token)match(input,12,FOLLOW_93); 

            			newLeafNode(otherlv_4, grammarAccess.getPainPointAccess().getLeftCurlyBracketKeyword_4());
            		
            // InternalKlantreis.g:2318:3: (otherlv_5= 'description' ( (lv_description_6_0= RULE_STRING ) ) )?
            int alt71=2;
            int LA71_0 = input.LA(1);

            if ( (LA71_0==13) ) {
                alt71=1;
            }
            switch (alt71) {
                case 1 :
                    // InternalKlantreis.g:2319:4: otherlv_5= 'description' ( (lv_description_6_0= RULE_STRING ) )
                    {
                    otherlv_5=(Token)match(input,13,FOLLOW_7); 

                    				newLeafNode(otherlv_5, grammarAccess.getPainPointAccess().getDescriptionKeyword_5_0());
                    			
                    // InternalKlantreis.g:2323:4: ( (lv_description_6_0= RULE_STRING ) )
                    // InternalKlantreis.g:2324:5: (lv_description_6_0= RULE_STRING )
                    {
                    // InternalKlantreis.g:2324:5: (lv_description_6_0= RULE_STRING )
                    // InternalKlantreis.g:2325:6: lv_description_6_0= RULE_STRING
                    {
                    lv_description_6_0=(Token)match(input,RULE_STRING,FOLLOW_40); 

                    						newLeafNode(lv_description_6_0, grammarAccess.getPainPointAccess().getDescriptionSTRINGTerminalRuleCall_5_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPainPointRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"description",
                    							lv_description_6_0,
                    							"nl.klantreis.dsl.Klantreis.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:2342:3: (otherlv_7= 'concerns' ( ( ruleQualifiedName ) ) (otherlv_9= ',' ( ( ruleQualifiedName ) ) )* )?
            int alt73=2;
            int LA73_0 = input.LA(1);

            if ( (LA73_0==38) ) {
                alt73=1;
            }
            switch (alt73) {
                case 1 :
                    // InternalKlantreis.g:2343:4: otherlv_7= 'concerns' ( ( ruleQualifiedName ) ) (otherlv_9= ',' ( ( ruleQualifiedName ) ) )*
                    {
                    otherlv_7=(Token)match(input,38,FOLLOW_3); 

                    				newLeafNode(otherlv_7, grammarAccess.getPainPointAccess().getConcernsKeyword_6_0());
                    			
                    // InternalKlantreis.g:2347:4: ( ( ruleQualifiedName ) )
                    // InternalKlantreis.g:2348:5: ( ruleQualifiedName )
                    {
                    // InternalKlantreis.g:2348:5: ( ruleQualifiedName )
                    // InternalKlantreis.g:2349:6: ruleQualifiedName
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getPainPointRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getPainPointAccess().getTouchpointsTouchpointCrossReference_6_1_0());
                    					
                    pushFollow(FOLLOW_41);
                    ruleQualifiedName();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalKlantreis.g:2363:4: (otherlv_9= ',' ( ( ruleQualifiedName ) ) )*
                    loop72:
                    do {
                        int alt72=2;
                        int LA72_0 = input.LA(1);

                        if ( (LA72_0==30) ) {
                            alt72=1;
                        }


                        switch (alt72) {
                    	case 1 :
                    	    // InternalKlantreis.g:2364:5: otherlv_9= ',' ( ( ruleQualifiedName ) )
                    	    {
                    	    otherlv_9=(Token)match(input,30,FOLLOW_3); 

                    	    					newLeafNode(otherlv_9, grammarAccess.getPainPointAccess().getCommaKeyword_6_2_0());
                    	    				
                    	    // InternalKlantreis.g:2368:5: ( ( ruleQualifiedName ) )
                    	    // InternalKlantreis.g:2369:6: ( ruleQualifiedName )
                    	    {
                    	    // InternalKlantreis.g:2369:6: ( ruleQualifiedName )
                    	    // InternalKlantreis.g:2370:7: ruleQualifiedName
                    	    {

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getPainPointRule());
                    	    							}
                    	    						

                    	    							newCompositeNode(grammarAccess.getPainPointAccess().getTouchpointsTouchpointCrossReference_6_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_41);
                    	    ruleQualifiedName();

                    	    state._fsp--;


                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop72;
                        }
                    } while (true);


                    }
                    break;

            }

            otherlv_11=(Token)match(input,14,FOLLOW_2); 

            			newLeafNode(otherlv_11, grammarAccess.getPainPointAccess().getRightCurlyBracketKeyword_7());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePainPoint"


    // $ANTLR start "entryRuleImprovement"
    // InternalKlantreis.g:2394:1: entryRuleImprovement returns [EObject current=null] : iv_ruleImprovement= ruleImprovement EOF ;
    public final EObject entryRuleImprovement() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleImprovement = null;


        try {
            // InternalKlantreis.g:2394:52: (iv_ruleImprovement= ruleImprovement EOF )
            // InternalKlantreis.g:2395:2: iv_ruleImprovement= ruleImprovement EOF
            {
             newCompositeNode(grammarAccess.getImprovementRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleImprovement=ruleImprovement();

            state._fsp--;

             current =iv_ruleImprovement; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleImprovement"


    // $ANTLR start "ruleImprovement"
    // InternalKlantreis.g:2401:1: ruleImprovement returns [EObject current=null] : (otherlv_0= 'improvement' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )? (otherlv_6= 'owner' ( ( ruleQualifiedName ) ) )? (otherlv_8= 'status' ( (lv_status_9_0= ruleImprovementStatus ) ) )? (otherlv_10= 'direction' ( (lv_direction_11_0= ruleDirection ) ) )? (otherlv_12= 'addresses' ( ( ruleQualifiedName ) ) (otherlv_14= ',' ( ( ruleQualifiedName ) ) )* )? otherlv_16= '}' ) ;
    public final EObject ruleImprovement() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_id_1_0=null;
        Token lv_name_2_0=null;
        Token otherlv_3=null;
        Token otherlv_4=null;
        Token lv_description_5_0=null;
        Token otherlv_6=null;
        Token otherlv_8=null;
        Token otherlv_10=null;
        Token otherlv_12=null;
        Token otherlv_14=null;
        Token otherlv_16=null;
        Enumerator lv_status_9_0 = null;

        Enumerator lv_direction_11_0 = null;



        	enterRule();

        try {
            // InternalKlantreis.g:2407:2: ( (otherlv_0= 'improvement' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )? (otherlv_6= 'owner' ( ( ruleQualifiedName ) ) )? (otherlv_8= 'status' ( (lv_status_9_0= ruleImprovementStatus ) ) )? (otherlv_10= 'direction' ( (lv_direction_11_0= ruleDirection ) ) )? (otherlv_12= 'addresses' ( ( ruleQualifiedName ) ) (otherlv_14= ',' ( ( ruleQualifiedName ) ) )* )? otherlv_16= '}' ) )
            // InternalKlantreis.g:2408:2: (otherlv_0= 'improvement' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )? (otherlv_6= 'owner' ( ( ruleQualifiedName ) ) )? (otherlv_8= 'status' ( (lv_status_9_0= ruleImprovementStatus ) ) )? (otherlv_10= 'direction' ( (lv_direction_11_0= ruleDirection ) ) )? (otherlv_12= 'addresses' ( ( ruleQualifiedName ) ) (otherlv_14= ',' ( ( ruleQualifiedName ) ) )* )? otherlv_16= '}' )
            {
            // InternalKlantreis.g:2408:2: (otherlv_0= 'improvement' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )? (otherlv_6= 'owner' ( ( ruleQualifiedName ) ) )? (otherlv_8= 'status' ( (lv_status_9_0= ruleImprovementStatus ) ) )? (otherlv_10= 'direction' ( (lv_direction_11_0= ruleDirection ) ) )? (otherlv_12= 'addresses' ( ( ruleQualifiedName ) ) (otherlv_14= ',' ( ( ruleQualifiedName ) ) )* )? otherlv_16= '}' )
            // InternalKlantreis.g:2409:3: otherlv_0= 'improvement' ( (lv_id_1_0= RULE_ID ) ) ( (lv_name_2_0= RULE_STRING ) )? otherlv_3= '{' (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )? (otherlv_6= 'owner' ( ( ruleQualifiedName ) ) )? (otherlv_8= 'status' ( (lv_status_9_0= ruleImprovementStatus ) ) )? (otherlv_10= 'direction' ( (lv_direction_11_0= ruleDirection ) ) )? (otherlv_12= 'addresses' ( ( ruleQualifiedName ) ) (otherlv_14= ',' ( ( ruleQualifiedName ) ) )* )? otherlv_16= '}'
            {
            otherlv_0=(Token)match(input,71,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getImprovementAccess().getImprovementKeyword_0());
            		
            // InternalKlantreis.g:2413:3: ( (lv_id_1_0= RULE_ID ) )
            // InternalKlantreis.g:2414:4: (lv_id_1_0= RULE_ID )
            {
            // InternalKlantreis.g:2414:4: (lv_id_1_0= RULE_ID )
            // InternalKlantreis.g:2415:5: lv_id_1_0= RULE_ID
            {
            lv_id_1_0=(Token)match(input,RULE_ID,FOLLOW_4); 

            					newLeafNode(lv_id_1_0, grammarAccess.getImprovementAccess().getIdIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getImprovementRule());
            					}
            					setWithLastConsumed(
            						current,
            						"id",
            						lv_id_1_0,
            						"nl.klantreis.dsl.Klantreis.ID");
            				

            }


            }

            // InternalKlantreis.g:2431:3: ( (lv_name_2_0= RULE_STRING ) )?
            int alt74=2;
            int LA74_0 = input.LA(1);

            if ( (LA74_0==RULE_STRING) ) {
                alt74=1;
            }
            switch (alt74) {
                case 1 :
                    // InternalKlantreis.g:2432:4: (lv_name_2_0= RULE_STRING )
                    {
                    // InternalKlantreis.g:2432:4: (lv_name_2_0= RULE_STRING )
                    // InternalKlantreis.g:2433:5: lv_name_2_0= RULE_STRING
                    {
                    lv_name_2_0=(Token)match(input,RULE_STRING,FOLLOW_5); 

                    					newLeafNode(lv_name_2_0, grammarAccess.getImprovementAccess().getNameSTRINGTerminalRuleCall_2_0());
                    				

                    					if (current==null) {
                    						current = createModelElement(grammarAccess.getImprovementRule());
                    					}
                    					setWithLastConsumed(
                    						current,
                    						"name",
                    						lv_name_2_0,
                    						"nl.klantreis.dsl.Klantreis.STRING");
                    				

                    }


                    }
                    break;

            }

            otherlv_3=(Token)match(input,12,FOLLOW_94); 

            			newLeafNode(otherlv_3, grammarAccess.getImprovementAccess().getLeftCurlyBracketKeyword_3());
            		
            // InternalKlantreis.g:2453:3: (otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) ) )?
            int alt75=2;
            int LA75_0 = input.LA(1);

            if ( (LA75_0==13) ) {
                alt75=1;
            }
            switch (alt75) {
                case 1 :
                    // InternalKlantreis.g:2454:4: otherlv_4= 'description' ( (lv_description_5_0= RULE_STRING ) )
                    {
                    otherlv_4=(Token)match(input,13,FOLLOW_7); 

                    				newLeafNode(otherlv_4, grammarAccess.getImprovementAccess().getDescriptionKeyword_4_0());
                    			
                    // InternalKlantreis.g:2458:4: ( (lv_description_5_0= RULE_STRING ) )
                    // InternalKlantreis.g:2459:5: (lv_description_5_0= RULE_STRING )
                    {
                    // InternalKlantreis.g:2459:5: (lv_description_5_0= RULE_STRING )
                    // InternalKlantreis.g:2460:6: lv_description_5_0= RULE_STRING
                    {
                    lv_description_5_0=(Token)match(input,RULE_STRING,FOLLOW_95); 

                    						newLeafNode(lv_description_5_0, grammarAccess.getImprovementAccess().getDescriptionSTRINGTerminalRuleCall_4_1_0());
                    					

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getImprovementRule());
                    						}
                    						setWithLastConsumed(
                    							current,
                    							"description",
                    							lv_description_5_0,
                    							"nl.klantreis.dsl.Klantreis.STRING");
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:2477:3: (otherlv_6= 'owner' ( ( ruleQualifiedName ) ) )?
            int alt76=2;
            int LA76_0 = input.LA(1);

            if ( (LA76_0==48) ) {
                alt76=1;
            }
            switch (alt76) {
                case 1 :
                    // InternalKlantreis.g:2478:4: otherlv_6= 'owner' ( ( ruleQualifiedName ) )
                    {
                    otherlv_6=(Token)match(input,48,FOLLOW_3); 

                    				newLeafNode(otherlv_6, grammarAccess.getImprovementAccess().getOwnerKeyword_5_0());
                    			
                    // InternalKlantreis.g:2482:4: ( ( ruleQualifiedName ) )
                    // InternalKlantreis.g:2483:5: ( ruleQualifiedName )
                    {
                    // InternalKlantreis.g:2483:5: ( ruleQualifiedName )
                    // InternalKlantreis.g:2484:6: ruleQualifiedName
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getImprovementRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getImprovementAccess().getOwnerOrganisationCrossReference_5_1_0());
                    					
                    pushFollow(FOLLOW_96);
                    ruleQualifiedName();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:2499:3: (otherlv_8= 'status' ( (lv_status_9_0= ruleImprovementStatus ) ) )?
            int alt77=2;
            int LA77_0 = input.LA(1);

            if ( (LA77_0==47) ) {
                alt77=1;
            }
            switch (alt77) {
                case 1 :
                    // InternalKlantreis.g:2500:4: otherlv_8= 'status' ( (lv_status_9_0= ruleImprovementStatus ) )
                    {
                    otherlv_8=(Token)match(input,47,FOLLOW_97); 

                    				newLeafNode(otherlv_8, grammarAccess.getImprovementAccess().getStatusKeyword_6_0());
                    			
                    // InternalKlantreis.g:2504:4: ( (lv_status_9_0= ruleImprovementStatus ) )
                    // InternalKlantreis.g:2505:5: (lv_status_9_0= ruleImprovementStatus )
                    {
                    // InternalKlantreis.g:2505:5: (lv_status_9_0= ruleImprovementStatus )
                    // InternalKlantreis.g:2506:6: lv_status_9_0= ruleImprovementStatus
                    {

                    						newCompositeNode(grammarAccess.getImprovementAccess().getStatusImprovementStatusEnumRuleCall_6_1_0());
                    					
                    pushFollow(FOLLOW_98);
                    lv_status_9_0=ruleImprovementStatus();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getImprovementRule());
                    						}
                    						set(
                    							current,
                    							"status",
                    							lv_status_9_0,
                    							"nl.klantreis.dsl.Klantreis.ImprovementStatus");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:2524:3: (otherlv_10= 'direction' ( (lv_direction_11_0= ruleDirection ) ) )?
            int alt78=2;
            int LA78_0 = input.LA(1);

            if ( (LA78_0==72) ) {
                alt78=1;
            }
            switch (alt78) {
                case 1 :
                    // InternalKlantreis.g:2525:4: otherlv_10= 'direction' ( (lv_direction_11_0= ruleDirection ) )
                    {
                    otherlv_10=(Token)match(input,72,FOLLOW_99); 

                    				newLeafNode(otherlv_10, grammarAccess.getImprovementAccess().getDirectionKeyword_7_0());
                    			
                    // InternalKlantreis.g:2529:4: ( (lv_direction_11_0= ruleDirection ) )
                    // InternalKlantreis.g:2530:5: (lv_direction_11_0= ruleDirection )
                    {
                    // InternalKlantreis.g:2530:5: (lv_direction_11_0= ruleDirection )
                    // InternalKlantreis.g:2531:6: lv_direction_11_0= ruleDirection
                    {

                    						newCompositeNode(grammarAccess.getImprovementAccess().getDirectionDirectionEnumRuleCall_7_1_0());
                    					
                    pushFollow(FOLLOW_100);
                    lv_direction_11_0=ruleDirection();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getImprovementRule());
                    						}
                    						set(
                    							current,
                    							"direction",
                    							lv_direction_11_0,
                    							"nl.klantreis.dsl.Klantreis.Direction");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:2549:3: (otherlv_12= 'addresses' ( ( ruleQualifiedName ) ) (otherlv_14= ',' ( ( ruleQualifiedName ) ) )* )?
            int alt80=2;
            int LA80_0 = input.LA(1);

            if ( (LA80_0==73) ) {
                alt80=1;
            }
            switch (alt80) {
                case 1 :
                    // InternalKlantreis.g:2550:4: otherlv_12= 'addresses' ( ( ruleQualifiedName ) ) (otherlv_14= ',' ( ( ruleQualifiedName ) ) )*
                    {
                    otherlv_12=(Token)match(input,73,FOLLOW_3); 

                    				newLeafNode(otherlv_12, grammarAccess.getImprovementAccess().getAddressesKeyword_8_0());
                    			
                    // InternalKlantreis.g:2554:4: ( ( ruleQualifiedName ) )
                    // InternalKlantreis.g:2555:5: ( ruleQualifiedName )
                    {
                    // InternalKlantreis.g:2555:5: ( ruleQualifiedName )
                    // InternalKlantreis.g:2556:6: ruleQualifiedName
                    {

                    						if (current==null) {
                    							current = createModelElement(grammarAccess.getImprovementRule());
                    						}
                    					

                    						newCompositeNode(grammarAccess.getImprovementAccess().getAddressesPainPointCrossReference_8_1_0());
                    					
                    pushFollow(FOLLOW_41);
                    ruleQualifiedName();

                    state._fsp--;


                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }

                    // InternalKlantreis.g:2570:4: (otherlv_14= ',' ( ( ruleQualifiedName ) ) )*
                    loop79:
                    do {
                        int alt79=2;
                        int LA79_0 = input.LA(1);

                        if ( (LA79_0==30) ) {
                            alt79=1;
                        }


                        switch (alt79) {
                    	case 1 :
                    	    // InternalKlantreis.g:2571:5: otherlv_14= ',' ( ( ruleQualifiedName ) )
                    	    {
                    	    otherlv_14=(Token)match(input,30,FOLLOW_3); 

                    	    					newLeafNode(otherlv_14, grammarAccess.getImprovementAccess().getCommaKeyword_8_2_0());
                    	    				
                    	    // InternalKlantreis.g:2575:5: ( ( ruleQualifiedName ) )
                    	    // InternalKlantreis.g:2576:6: ( ruleQualifiedName )
                    	    {
                    	    // InternalKlantreis.g:2576:6: ( ruleQualifiedName )
                    	    // InternalKlantreis.g:2577:7: ruleQualifiedName
                    	    {

                    	    							if (current==null) {
                    	    								current = createModelElement(grammarAccess.getImprovementRule());
                    	    							}
                    	    						

                    	    							newCompositeNode(grammarAccess.getImprovementAccess().getAddressesPainPointCrossReference_8_2_1_0());
                    	    						
                    	    pushFollow(FOLLOW_41);
                    	    ruleQualifiedName();

                    	    state._fsp--;


                    	    							afterParserOrEnumRuleCall();
                    	    						

                    	    }


                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop79;
                        }
                    } while (true);


                    }
                    break;

            }

            otherlv_16=(Token)match(input,14,FOLLOW_2); 

            			newLeafNode(otherlv_16, grammarAccess.getImprovementAccess().getRightCurlyBracketKeyword_9());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleImprovement"


    // $ANTLR start "entryRuleRuleSetting"
    // InternalKlantreis.g:2601:1: entryRuleRuleSetting returns [EObject current=null] : iv_ruleRuleSetting= ruleRuleSetting EOF ;
    public final EObject entryRuleRuleSetting() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleRuleSetting = null;


        try {
            // InternalKlantreis.g:2601:52: (iv_ruleRuleSetting= ruleRuleSetting EOF )
            // InternalKlantreis.g:2602:2: iv_ruleRuleSetting= ruleRuleSetting EOF
            {
             newCompositeNode(grammarAccess.getRuleSettingRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleRuleSetting=ruleRuleSetting();

            state._fsp--;

             current =iv_ruleRuleSetting; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleRuleSetting"


    // $ANTLR start "ruleRuleSetting"
    // InternalKlantreis.g:2608:1: ruleRuleSetting returns [EObject current=null] : (otherlv_0= 'rule' ( (lv_ruleId_1_0= RULE_ID ) ) ( (lv_enabled_2_0= ruleOnOff ) )? (otherlv_3= 'severity' ( (lv_severity_4_0= ruleSeverity ) ) )? (otherlv_5= '{' ( (lv_parameters_6_0= ruleRuleParameter ) )* otherlv_7= '}' )? ) ;
    public final EObject ruleRuleSetting() throws RecognitionException {
        EObject current = null;

        Token otherlv_0=null;
        Token lv_ruleId_1_0=null;
        Token otherlv_3=null;
        Token otherlv_5=null;
        Token otherlv_7=null;
        AntlrDatatypeRuleToken lv_enabled_2_0 = null;

        Enumerator lv_severity_4_0 = null;

        EObject lv_parameters_6_0 = null;



        	enterRule();

        try {
            // InternalKlantreis.g:2614:2: ( (otherlv_0= 'rule' ( (lv_ruleId_1_0= RULE_ID ) ) ( (lv_enabled_2_0= ruleOnOff ) )? (otherlv_3= 'severity' ( (lv_severity_4_0= ruleSeverity ) ) )? (otherlv_5= '{' ( (lv_parameters_6_0= ruleRuleParameter ) )* otherlv_7= '}' )? ) )
            // InternalKlantreis.g:2615:2: (otherlv_0= 'rule' ( (lv_ruleId_1_0= RULE_ID ) ) ( (lv_enabled_2_0= ruleOnOff ) )? (otherlv_3= 'severity' ( (lv_severity_4_0= ruleSeverity ) ) )? (otherlv_5= '{' ( (lv_parameters_6_0= ruleRuleParameter ) )* otherlv_7= '}' )? )
            {
            // InternalKlantreis.g:2615:2: (otherlv_0= 'rule' ( (lv_ruleId_1_0= RULE_ID ) ) ( (lv_enabled_2_0= ruleOnOff ) )? (otherlv_3= 'severity' ( (lv_severity_4_0= ruleSeverity ) ) )? (otherlv_5= '{' ( (lv_parameters_6_0= ruleRuleParameter ) )* otherlv_7= '}' )? )
            // InternalKlantreis.g:2616:3: otherlv_0= 'rule' ( (lv_ruleId_1_0= RULE_ID ) ) ( (lv_enabled_2_0= ruleOnOff ) )? (otherlv_3= 'severity' ( (lv_severity_4_0= ruleSeverity ) ) )? (otherlv_5= '{' ( (lv_parameters_6_0= ruleRuleParameter ) )* otherlv_7= '}' )?
            {
            otherlv_0=(Token)match(input,74,FOLLOW_3); 

            			newLeafNode(otherlv_0, grammarAccess.getRuleSettingAccess().getRuleKeyword_0());
            		
            // InternalKlantreis.g:2620:3: ( (lv_ruleId_1_0= RULE_ID ) )
            // InternalKlantreis.g:2621:4: (lv_ruleId_1_0= RULE_ID )
            {
            // InternalKlantreis.g:2621:4: (lv_ruleId_1_0= RULE_ID )
            // InternalKlantreis.g:2622:5: lv_ruleId_1_0= RULE_ID
            {
            lv_ruleId_1_0=(Token)match(input,RULE_ID,FOLLOW_101); 

            					newLeafNode(lv_ruleId_1_0, grammarAccess.getRuleSettingAccess().getRuleIdIDTerminalRuleCall_1_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getRuleSettingRule());
            					}
            					setWithLastConsumed(
            						current,
            						"ruleId",
            						lv_ruleId_1_0,
            						"nl.klantreis.dsl.Klantreis.ID");
            				

            }


            }

            // InternalKlantreis.g:2638:3: ( (lv_enabled_2_0= ruleOnOff ) )?
            int alt81=2;
            int LA81_0 = input.LA(1);

            if ( ((LA81_0>=80 && LA81_0<=81)) ) {
                alt81=1;
            }
            switch (alt81) {
                case 1 :
                    // InternalKlantreis.g:2639:4: (lv_enabled_2_0= ruleOnOff )
                    {
                    // InternalKlantreis.g:2639:4: (lv_enabled_2_0= ruleOnOff )
                    // InternalKlantreis.g:2640:5: lv_enabled_2_0= ruleOnOff
                    {

                    					newCompositeNode(grammarAccess.getRuleSettingAccess().getEnabledOnOffParserRuleCall_2_0());
                    				
                    pushFollow(FOLLOW_102);
                    lv_enabled_2_0=ruleOnOff();

                    state._fsp--;


                    					if (current==null) {
                    						current = createModelElementForParent(grammarAccess.getRuleSettingRule());
                    					}
                    					set(
                    						current,
                    						"enabled",
                    						lv_enabled_2_0,
                    						"nl.klantreis.dsl.Klantreis.OnOff");
                    					afterParserOrEnumRuleCall();
                    				

                    }


                    }
                    break;

            }

            // InternalKlantreis.g:2657:3: (otherlv_3= 'severity' ( (lv_severity_4_0= ruleSeverity ) ) )?
            int alt82=2;
            int LA82_0 = input.LA(1);

            if ( (LA82_0==75) ) {
                alt82=1;
            }
            switch (alt82) {
                case 1 :
                    // InternalKlantreis.g:2658:4: otherlv_3= 'severity' ( (lv_severity_4_0= ruleSeverity ) )
                    {
                    otherlv_3=(Token)match(input,75,FOLLOW_103); 

                    				newLeafNode(otherlv_3, grammarAccess.getRuleSettingAccess().getSeverityKeyword_3_0());
                    			
                    // InternalKlantreis.g:2662:4: ( (lv_severity_4_0= ruleSeverity ) )
                    // InternalKlantreis.g:2663:5: (lv_severity_4_0= ruleSeverity )
                    {
                    // InternalKlantreis.g:2663:5: (lv_severity_4_0= ruleSeverity )
                    // InternalKlantreis.g:2664:6: lv_severity_4_0= ruleSeverity
                    {

                    						newCompositeNode(grammarAccess.getRuleSettingAccess().getSeveritySeverityEnumRuleCall_3_1_0());
                    					
                    pushFollow(FOLLOW_104);
                    lv_severity_4_0=ruleSeverity();

                    state._fsp--;


                    						if (current==null) {
                    							current = createModelElementForParent(grammarAccess.getRuleSettingRule());
                    						}
                    						set(
                    							current,
                    							"severity",
                    							lv_severity_4_0,
                    							"nl.klantreis.dsl.Klantreis.Severity");
                    						afterParserOrEnumRuleCall();
                    					

                    }


                    }


                    }
                    break;

            }

            // InternalKlantreis.g:2682:3: (otherlv_5= '{' ( (lv_parameters_6_0= ruleRuleParameter ) )* otherlv_7= '}' )?
            int alt84=2;
            int LA84_0 = input.LA(1);

            if ( (LA84_0==12) ) {
                alt84=1;
            }
            switch (alt84) {
                case 1 :
                    // InternalKlantreis.g:2683:4: otherlv_5= '{' ( (lv_parameters_6_0= ruleRuleParameter ) )* otherlv_7= '}'
                    {
                    otherlv_5=(Token)match(input,12,FOLLOW_105); 

                    				newLeafNode(otherlv_5, grammarAccess.getRuleSettingAccess().getLeftCurlyBracketKeyword_4_0());
                    			
                    // InternalKlantreis.g:2687:4: ( (lv_parameters_6_0= ruleRuleParameter ) )*
                    loop83:
                    do {
                        int alt83=2;
                        int LA83_0 = input.LA(1);

                        if ( (LA83_0==RULE_ID) ) {
                            alt83=1;
                        }


                        switch (alt83) {
                    	case 1 :
                    	    // InternalKlantreis.g:2688:5: (lv_parameters_6_0= ruleRuleParameter )
                    	    {
                    	    // InternalKlantreis.g:2688:5: (lv_parameters_6_0= ruleRuleParameter )
                    	    // InternalKlantreis.g:2689:6: lv_parameters_6_0= ruleRuleParameter
                    	    {

                    	    						newCompositeNode(grammarAccess.getRuleSettingAccess().getParametersRuleParameterParserRuleCall_4_1_0());
                    	    					
                    	    pushFollow(FOLLOW_105);
                    	    lv_parameters_6_0=ruleRuleParameter();

                    	    state._fsp--;


                    	    						if (current==null) {
                    	    							current = createModelElementForParent(grammarAccess.getRuleSettingRule());
                    	    						}
                    	    						add(
                    	    							current,
                    	    							"parameters",
                    	    							lv_parameters_6_0,
                    	    							"nl.klantreis.dsl.Klantreis.RuleParameter");
                    	    						afterParserOrEnumRuleCall();
                    	    					

                    	    }


                    	    }
                    	    break;

                    	default :
                    	    break loop83;
                        }
                    } while (true);

                    otherlv_7=(Token)match(input,14,FOLLOW_2); 

                    				newLeafNode(otherlv_7, grammarAccess.getRuleSettingAccess().getRightCurlyBracketKeyword_4_2());
                    			

                    }
                    break;

            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleRuleSetting"


    // $ANTLR start "entryRuleRuleParameter"
    // InternalKlantreis.g:2715:1: entryRuleRuleParameter returns [EObject current=null] : iv_ruleRuleParameter= ruleRuleParameter EOF ;
    public final EObject entryRuleRuleParameter() throws RecognitionException {
        EObject current = null;

        EObject iv_ruleRuleParameter = null;


        try {
            // InternalKlantreis.g:2715:54: (iv_ruleRuleParameter= ruleRuleParameter EOF )
            // InternalKlantreis.g:2716:2: iv_ruleRuleParameter= ruleRuleParameter EOF
            {
             newCompositeNode(grammarAccess.getRuleParameterRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleRuleParameter=ruleRuleParameter();

            state._fsp--;

             current =iv_ruleRuleParameter; 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleRuleParameter"


    // $ANTLR start "ruleRuleParameter"
    // InternalKlantreis.g:2722:1: ruleRuleParameter returns [EObject current=null] : ( ( (lv_key_0_0= RULE_ID ) ) otherlv_1= '=' ( (lv_value_2_0= RULE_STRING ) ) ) ;
    public final EObject ruleRuleParameter() throws RecognitionException {
        EObject current = null;

        Token lv_key_0_0=null;
        Token otherlv_1=null;
        Token lv_value_2_0=null;


        	enterRule();

        try {
            // InternalKlantreis.g:2728:2: ( ( ( (lv_key_0_0= RULE_ID ) ) otherlv_1= '=' ( (lv_value_2_0= RULE_STRING ) ) ) )
            // InternalKlantreis.g:2729:2: ( ( (lv_key_0_0= RULE_ID ) ) otherlv_1= '=' ( (lv_value_2_0= RULE_STRING ) ) )
            {
            // InternalKlantreis.g:2729:2: ( ( (lv_key_0_0= RULE_ID ) ) otherlv_1= '=' ( (lv_value_2_0= RULE_STRING ) ) )
            // InternalKlantreis.g:2730:3: ( (lv_key_0_0= RULE_ID ) ) otherlv_1= '=' ( (lv_value_2_0= RULE_STRING ) )
            {
            // InternalKlantreis.g:2730:3: ( (lv_key_0_0= RULE_ID ) )
            // InternalKlantreis.g:2731:4: (lv_key_0_0= RULE_ID )
            {
            // InternalKlantreis.g:2731:4: (lv_key_0_0= RULE_ID )
            // InternalKlantreis.g:2732:5: lv_key_0_0= RULE_ID
            {
            lv_key_0_0=(Token)match(input,RULE_ID,FOLLOW_106); 

            					newLeafNode(lv_key_0_0, grammarAccess.getRuleParameterAccess().getKeyIDTerminalRuleCall_0_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getRuleParameterRule());
            					}
            					setWithLastConsumed(
            						current,
            						"key",
            						lv_key_0_0,
            						"nl.klantreis.dsl.Klantreis.ID");
            				

            }


            }

            otherlv_1=(Token)match(input,76,FOLLOW_7); 

            			newLeafNode(otherlv_1, grammarAccess.getRuleParameterAccess().getEqualsSignKeyword_1());
            		
            // InternalKlantreis.g:2752:3: ( (lv_value_2_0= RULE_STRING ) )
            // InternalKlantreis.g:2753:4: (lv_value_2_0= RULE_STRING )
            {
            // InternalKlantreis.g:2753:4: (lv_value_2_0= RULE_STRING )
            // InternalKlantreis.g:2754:5: lv_value_2_0= RULE_STRING
            {
            lv_value_2_0=(Token)match(input,RULE_STRING,FOLLOW_2); 

            					newLeafNode(lv_value_2_0, grammarAccess.getRuleParameterAccess().getValueSTRINGTerminalRuleCall_2_0());
            				

            					if (current==null) {
            						current = createModelElement(grammarAccess.getRuleParameterRule());
            					}
            					setWithLastConsumed(
            						current,
            						"value",
            						lv_value_2_0,
            						"nl.klantreis.dsl.Klantreis.STRING");
            				

            }


            }


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleRuleParameter"


    // $ANTLR start "entryRuleQualifiedName"
    // InternalKlantreis.g:2774:1: entryRuleQualifiedName returns [String current=null] : iv_ruleQualifiedName= ruleQualifiedName EOF ;
    public final String entryRuleQualifiedName() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleQualifiedName = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalKlantreis.g:2776:2: (iv_ruleQualifiedName= ruleQualifiedName EOF )
            // InternalKlantreis.g:2777:2: iv_ruleQualifiedName= ruleQualifiedName EOF
            {
             newCompositeNode(grammarAccess.getQualifiedNameRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleQualifiedName=ruleQualifiedName();

            state._fsp--;

             current =iv_ruleQualifiedName.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "entryRuleQualifiedName"


    // $ANTLR start "ruleQualifiedName"
    // InternalKlantreis.g:2786:1: ruleQualifiedName returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (this_ID_0= RULE_ID (kw= '.' this_ID_2= RULE_ID )* ) ;
    public final AntlrDatatypeRuleToken ruleQualifiedName() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token this_ID_0=null;
        Token kw=null;
        Token this_ID_2=null;


        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalKlantreis.g:2793:2: ( (this_ID_0= RULE_ID (kw= '.' this_ID_2= RULE_ID )* ) )
            // InternalKlantreis.g:2794:2: (this_ID_0= RULE_ID (kw= '.' this_ID_2= RULE_ID )* )
            {
            // InternalKlantreis.g:2794:2: (this_ID_0= RULE_ID (kw= '.' this_ID_2= RULE_ID )* )
            // InternalKlantreis.g:2795:3: this_ID_0= RULE_ID (kw= '.' this_ID_2= RULE_ID )*
            {
            this_ID_0=(Token)match(input,RULE_ID,FOLLOW_107); 

            			current.merge(this_ID_0);
            		

            			newLeafNode(this_ID_0, grammarAccess.getQualifiedNameAccess().getIDTerminalRuleCall_0());
            		
            // InternalKlantreis.g:2802:3: (kw= '.' this_ID_2= RULE_ID )*
            loop85:
            do {
                int alt85=2;
                int LA85_0 = input.LA(1);

                if ( (LA85_0==77) ) {
                    alt85=1;
                }


                switch (alt85) {
            	case 1 :
            	    // InternalKlantreis.g:2803:4: kw= '.' this_ID_2= RULE_ID
            	    {
            	    kw=(Token)match(input,77,FOLLOW_3); 

            	    				current.merge(kw);
            	    				newLeafNode(kw, grammarAccess.getQualifiedNameAccess().getFullStopKeyword_1_0());
            	    			
            	    this_ID_2=(Token)match(input,RULE_ID,FOLLOW_107); 

            	    				current.merge(this_ID_2);
            	    			

            	    				newLeafNode(this_ID_2, grammarAccess.getQualifiedNameAccess().getIDTerminalRuleCall_1_1());
            	    			

            	    }
            	    break;

            	default :
            	    break loop85;
                }
            } while (true);


            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "ruleQualifiedName"


    // $ANTLR start "entryRuleEmotion"
    // InternalKlantreis.g:2823:1: entryRuleEmotion returns [String current=null] : iv_ruleEmotion= ruleEmotion EOF ;
    public final String entryRuleEmotion() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleEmotion = null;



        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalKlantreis.g:2825:2: (iv_ruleEmotion= ruleEmotion EOF )
            // InternalKlantreis.g:2826:2: iv_ruleEmotion= ruleEmotion EOF
            {
             newCompositeNode(grammarAccess.getEmotionRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleEmotion=ruleEmotion();

            state._fsp--;

             current =iv_ruleEmotion.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "entryRuleEmotion"


    // $ANTLR start "ruleEmotion"
    // InternalKlantreis.g:2835:1: ruleEmotion returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : ( (kw= '-' | kw= '+' )? this_INT_2= RULE_INT ) ;
    public final AntlrDatatypeRuleToken ruleEmotion() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;
        Token this_INT_2=null;


        	enterRule();
        	HiddenTokens myHiddenTokenState = ((XtextTokenStream)input).setHiddenTokens();

        try {
            // InternalKlantreis.g:2842:2: ( ( (kw= '-' | kw= '+' )? this_INT_2= RULE_INT ) )
            // InternalKlantreis.g:2843:2: ( (kw= '-' | kw= '+' )? this_INT_2= RULE_INT )
            {
            // InternalKlantreis.g:2843:2: ( (kw= '-' | kw= '+' )? this_INT_2= RULE_INT )
            // InternalKlantreis.g:2844:3: (kw= '-' | kw= '+' )? this_INT_2= RULE_INT
            {
            // InternalKlantreis.g:2844:3: (kw= '-' | kw= '+' )?
            int alt86=3;
            int LA86_0 = input.LA(1);

            if ( (LA86_0==78) ) {
                alt86=1;
            }
            else if ( (LA86_0==79) ) {
                alt86=2;
            }
            switch (alt86) {
                case 1 :
                    // InternalKlantreis.g:2845:4: kw= '-'
                    {
                    kw=(Token)match(input,78,FOLLOW_17); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getEmotionAccess().getHyphenMinusKeyword_0_0());
                    			

                    }
                    break;
                case 2 :
                    // InternalKlantreis.g:2851:4: kw= '+'
                    {
                    kw=(Token)match(input,79,FOLLOW_17); 

                    				current.merge(kw);
                    				newLeafNode(kw, grammarAccess.getEmotionAccess().getPlusSignKeyword_0_1());
                    			

                    }
                    break;

            }

            this_INT_2=(Token)match(input,RULE_INT,FOLLOW_2); 

            			current.merge(this_INT_2);
            		

            			newLeafNode(this_INT_2, grammarAccess.getEmotionAccess().getINTTerminalRuleCall_1());
            		

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {

            	myHiddenTokenState.restore();

        }
        return current;
    }
    // $ANTLR end "ruleEmotion"


    // $ANTLR start "entryRuleOnOff"
    // InternalKlantreis.g:2871:1: entryRuleOnOff returns [String current=null] : iv_ruleOnOff= ruleOnOff EOF ;
    public final String entryRuleOnOff() throws RecognitionException {
        String current = null;

        AntlrDatatypeRuleToken iv_ruleOnOff = null;


        try {
            // InternalKlantreis.g:2871:45: (iv_ruleOnOff= ruleOnOff EOF )
            // InternalKlantreis.g:2872:2: iv_ruleOnOff= ruleOnOff EOF
            {
             newCompositeNode(grammarAccess.getOnOffRule()); 
            pushFollow(FOLLOW_1);
            iv_ruleOnOff=ruleOnOff();

            state._fsp--;

             current =iv_ruleOnOff.getText(); 
            match(input,EOF,FOLLOW_2); 

            }

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "entryRuleOnOff"


    // $ANTLR start "ruleOnOff"
    // InternalKlantreis.g:2878:1: ruleOnOff returns [AntlrDatatypeRuleToken current=new AntlrDatatypeRuleToken()] : (kw= 'on' | kw= 'off' ) ;
    public final AntlrDatatypeRuleToken ruleOnOff() throws RecognitionException {
        AntlrDatatypeRuleToken current = new AntlrDatatypeRuleToken();

        Token kw=null;


        	enterRule();

        try {
            // InternalKlantreis.g:2884:2: ( (kw= 'on' | kw= 'off' ) )
            // InternalKlantreis.g:2885:2: (kw= 'on' | kw= 'off' )
            {
            // InternalKlantreis.g:2885:2: (kw= 'on' | kw= 'off' )
            int alt87=2;
            int LA87_0 = input.LA(1);

            if ( (LA87_0==80) ) {
                alt87=1;
            }
            else if ( (LA87_0==81) ) {
                alt87=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 87, 0, input);

                throw nvae;
            }
            switch (alt87) {
                case 1 :
                    // InternalKlantreis.g:2886:3: kw= 'on'
                    {
                    kw=(Token)match(input,80,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getOnOffAccess().getOnKeyword_0());
                    		

                    }
                    break;
                case 2 :
                    // InternalKlantreis.g:2892:3: kw= 'off'
                    {
                    kw=(Token)match(input,81,FOLLOW_2); 

                    			current.merge(kw);
                    			newLeafNode(kw, grammarAccess.getOnOffAccess().getOffKeyword_1());
                    		

                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleOnOff"


    // $ANTLR start "ruleJourneyKind"
    // InternalKlantreis.g:2901:1: ruleJourneyKind returns [Enumerator current=null] : ( (enumLiteral_0= 'ACTUAL' ) | (enumLiteral_1= 'PLANNED' ) ) ;
    public final Enumerator ruleJourneyKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;


        	enterRule();

        try {
            // InternalKlantreis.g:2907:2: ( ( (enumLiteral_0= 'ACTUAL' ) | (enumLiteral_1= 'PLANNED' ) ) )
            // InternalKlantreis.g:2908:2: ( (enumLiteral_0= 'ACTUAL' ) | (enumLiteral_1= 'PLANNED' ) )
            {
            // InternalKlantreis.g:2908:2: ( (enumLiteral_0= 'ACTUAL' ) | (enumLiteral_1= 'PLANNED' ) )
            int alt88=2;
            int LA88_0 = input.LA(1);

            if ( (LA88_0==82) ) {
                alt88=1;
            }
            else if ( (LA88_0==83) ) {
                alt88=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 88, 0, input);

                throw nvae;
            }
            switch (alt88) {
                case 1 :
                    // InternalKlantreis.g:2909:3: (enumLiteral_0= 'ACTUAL' )
                    {
                    // InternalKlantreis.g:2909:3: (enumLiteral_0= 'ACTUAL' )
                    // InternalKlantreis.g:2910:4: enumLiteral_0= 'ACTUAL'
                    {
                    enumLiteral_0=(Token)match(input,82,FOLLOW_2); 

                    				current = grammarAccess.getJourneyKindAccess().getACTUALEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getJourneyKindAccess().getACTUALEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalKlantreis.g:2917:3: (enumLiteral_1= 'PLANNED' )
                    {
                    // InternalKlantreis.g:2917:3: (enumLiteral_1= 'PLANNED' )
                    // InternalKlantreis.g:2918:4: enumLiteral_1= 'PLANNED'
                    {
                    enumLiteral_1=(Token)match(input,83,FOLLOW_2); 

                    				current = grammarAccess.getJourneyKindAccess().getPLANNEDEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getJourneyKindAccess().getPLANNEDEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleJourneyKind"


    // $ANTLR start "ruleJourneyStatus"
    // InternalKlantreis.g:2928:1: ruleJourneyStatus returns [Enumerator current=null] : ( (enumLiteral_0= 'DRAFT' ) | (enumLiteral_1= 'REVIEWED' ) | (enumLiteral_2= 'ADOPTED' ) ) ;
    public final Enumerator ruleJourneyStatus() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalKlantreis.g:2934:2: ( ( (enumLiteral_0= 'DRAFT' ) | (enumLiteral_1= 'REVIEWED' ) | (enumLiteral_2= 'ADOPTED' ) ) )
            // InternalKlantreis.g:2935:2: ( (enumLiteral_0= 'DRAFT' ) | (enumLiteral_1= 'REVIEWED' ) | (enumLiteral_2= 'ADOPTED' ) )
            {
            // InternalKlantreis.g:2935:2: ( (enumLiteral_0= 'DRAFT' ) | (enumLiteral_1= 'REVIEWED' ) | (enumLiteral_2= 'ADOPTED' ) )
            int alt89=3;
            switch ( input.LA(1) ) {
            case 84:
                {
                alt89=1;
                }
                break;
            case 85:
                {
                alt89=2;
                }
                break;
            case 86:
                {
                alt89=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 89, 0, input);

                throw nvae;
            }

            switch (alt89) {
                case 1 :
                    // InternalKlantreis.g:2936:3: (enumLiteral_0= 'DRAFT' )
                    {
                    // InternalKlantreis.g:2936:3: (enumLiteral_0= 'DRAFT' )
                    // InternalKlantreis.g:2937:4: enumLiteral_0= 'DRAFT'
                    {
                    enumLiteral_0=(Token)match(input,84,FOLLOW_2); 

                    				current = grammarAccess.getJourneyStatusAccess().getDRAFTEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getJourneyStatusAccess().getDRAFTEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalKlantreis.g:2944:3: (enumLiteral_1= 'REVIEWED' )
                    {
                    // InternalKlantreis.g:2944:3: (enumLiteral_1= 'REVIEWED' )
                    // InternalKlantreis.g:2945:4: enumLiteral_1= 'REVIEWED'
                    {
                    enumLiteral_1=(Token)match(input,85,FOLLOW_2); 

                    				current = grammarAccess.getJourneyStatusAccess().getREVIEWEDEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getJourneyStatusAccess().getREVIEWEDEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalKlantreis.g:2952:3: (enumLiteral_2= 'ADOPTED' )
                    {
                    // InternalKlantreis.g:2952:3: (enumLiteral_2= 'ADOPTED' )
                    // InternalKlantreis.g:2953:4: enumLiteral_2= 'ADOPTED'
                    {
                    enumLiteral_2=(Token)match(input,86,FOLLOW_2); 

                    				current = grammarAccess.getJourneyStatusAccess().getADOPTEDEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getJourneyStatusAccess().getADOPTEDEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleJourneyStatus"


    // $ANTLR start "ruleLifeEventKind"
    // InternalKlantreis.g:2963:1: ruleLifeEventKind returns [Enumerator current=null] : ( (enumLiteral_0= 'ARRIVAL' ) | (enumLiteral_1= 'INBURGERING' ) | (enumLiteral_2= 'FAMILY_REUNIFICATION' ) | (enumLiteral_3= 'BIRTH' ) | (enumLiteral_4= 'SCHOOL' ) | (enumLiteral_5= 'JOB_SEARCH' ) | (enumLiteral_6= 'JOB_LOSS' ) | (enumLiteral_7= 'ILLNESS' ) | (enumLiteral_8= 'MOVING' ) | (enumLiteral_9= 'DEBT' ) | (enumLiteral_10= 'OTHER' ) ) ;
    public final Enumerator ruleLifeEventKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;
        Token enumLiteral_5=null;
        Token enumLiteral_6=null;
        Token enumLiteral_7=null;
        Token enumLiteral_8=null;
        Token enumLiteral_9=null;
        Token enumLiteral_10=null;


        	enterRule();

        try {
            // InternalKlantreis.g:2969:2: ( ( (enumLiteral_0= 'ARRIVAL' ) | (enumLiteral_1= 'INBURGERING' ) | (enumLiteral_2= 'FAMILY_REUNIFICATION' ) | (enumLiteral_3= 'BIRTH' ) | (enumLiteral_4= 'SCHOOL' ) | (enumLiteral_5= 'JOB_SEARCH' ) | (enumLiteral_6= 'JOB_LOSS' ) | (enumLiteral_7= 'ILLNESS' ) | (enumLiteral_8= 'MOVING' ) | (enumLiteral_9= 'DEBT' ) | (enumLiteral_10= 'OTHER' ) ) )
            // InternalKlantreis.g:2970:2: ( (enumLiteral_0= 'ARRIVAL' ) | (enumLiteral_1= 'INBURGERING' ) | (enumLiteral_2= 'FAMILY_REUNIFICATION' ) | (enumLiteral_3= 'BIRTH' ) | (enumLiteral_4= 'SCHOOL' ) | (enumLiteral_5= 'JOB_SEARCH' ) | (enumLiteral_6= 'JOB_LOSS' ) | (enumLiteral_7= 'ILLNESS' ) | (enumLiteral_8= 'MOVING' ) | (enumLiteral_9= 'DEBT' ) | (enumLiteral_10= 'OTHER' ) )
            {
            // InternalKlantreis.g:2970:2: ( (enumLiteral_0= 'ARRIVAL' ) | (enumLiteral_1= 'INBURGERING' ) | (enumLiteral_2= 'FAMILY_REUNIFICATION' ) | (enumLiteral_3= 'BIRTH' ) | (enumLiteral_4= 'SCHOOL' ) | (enumLiteral_5= 'JOB_SEARCH' ) | (enumLiteral_6= 'JOB_LOSS' ) | (enumLiteral_7= 'ILLNESS' ) | (enumLiteral_8= 'MOVING' ) | (enumLiteral_9= 'DEBT' ) | (enumLiteral_10= 'OTHER' ) )
            int alt90=11;
            switch ( input.LA(1) ) {
            case 87:
                {
                alt90=1;
                }
                break;
            case 88:
                {
                alt90=2;
                }
                break;
            case 89:
                {
                alt90=3;
                }
                break;
            case 90:
                {
                alt90=4;
                }
                break;
            case 91:
                {
                alt90=5;
                }
                break;
            case 92:
                {
                alt90=6;
                }
                break;
            case 93:
                {
                alt90=7;
                }
                break;
            case 94:
                {
                alt90=8;
                }
                break;
            case 95:
                {
                alt90=9;
                }
                break;
            case 96:
                {
                alt90=10;
                }
                break;
            case 97:
                {
                alt90=11;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 90, 0, input);

                throw nvae;
            }

            switch (alt90) {
                case 1 :
                    // InternalKlantreis.g:2971:3: (enumLiteral_0= 'ARRIVAL' )
                    {
                    // InternalKlantreis.g:2971:3: (enumLiteral_0= 'ARRIVAL' )
                    // InternalKlantreis.g:2972:4: enumLiteral_0= 'ARRIVAL'
                    {
                    enumLiteral_0=(Token)match(input,87,FOLLOW_2); 

                    				current = grammarAccess.getLifeEventKindAccess().getARRIVALEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getLifeEventKindAccess().getARRIVALEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalKlantreis.g:2979:3: (enumLiteral_1= 'INBURGERING' )
                    {
                    // InternalKlantreis.g:2979:3: (enumLiteral_1= 'INBURGERING' )
                    // InternalKlantreis.g:2980:4: enumLiteral_1= 'INBURGERING'
                    {
                    enumLiteral_1=(Token)match(input,88,FOLLOW_2); 

                    				current = grammarAccess.getLifeEventKindAccess().getINBURGERINGEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getLifeEventKindAccess().getINBURGERINGEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalKlantreis.g:2987:3: (enumLiteral_2= 'FAMILY_REUNIFICATION' )
                    {
                    // InternalKlantreis.g:2987:3: (enumLiteral_2= 'FAMILY_REUNIFICATION' )
                    // InternalKlantreis.g:2988:4: enumLiteral_2= 'FAMILY_REUNIFICATION'
                    {
                    enumLiteral_2=(Token)match(input,89,FOLLOW_2); 

                    				current = grammarAccess.getLifeEventKindAccess().getFAMILY_REUNIFICATIONEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getLifeEventKindAccess().getFAMILY_REUNIFICATIONEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalKlantreis.g:2995:3: (enumLiteral_3= 'BIRTH' )
                    {
                    // InternalKlantreis.g:2995:3: (enumLiteral_3= 'BIRTH' )
                    // InternalKlantreis.g:2996:4: enumLiteral_3= 'BIRTH'
                    {
                    enumLiteral_3=(Token)match(input,90,FOLLOW_2); 

                    				current = grammarAccess.getLifeEventKindAccess().getBIRTHEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getLifeEventKindAccess().getBIRTHEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalKlantreis.g:3003:3: (enumLiteral_4= 'SCHOOL' )
                    {
                    // InternalKlantreis.g:3003:3: (enumLiteral_4= 'SCHOOL' )
                    // InternalKlantreis.g:3004:4: enumLiteral_4= 'SCHOOL'
                    {
                    enumLiteral_4=(Token)match(input,91,FOLLOW_2); 

                    				current = grammarAccess.getLifeEventKindAccess().getSCHOOLEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getLifeEventKindAccess().getSCHOOLEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;
                case 6 :
                    // InternalKlantreis.g:3011:3: (enumLiteral_5= 'JOB_SEARCH' )
                    {
                    // InternalKlantreis.g:3011:3: (enumLiteral_5= 'JOB_SEARCH' )
                    // InternalKlantreis.g:3012:4: enumLiteral_5= 'JOB_SEARCH'
                    {
                    enumLiteral_5=(Token)match(input,92,FOLLOW_2); 

                    				current = grammarAccess.getLifeEventKindAccess().getJOB_SEARCHEnumLiteralDeclaration_5().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_5, grammarAccess.getLifeEventKindAccess().getJOB_SEARCHEnumLiteralDeclaration_5());
                    			

                    }


                    }
                    break;
                case 7 :
                    // InternalKlantreis.g:3019:3: (enumLiteral_6= 'JOB_LOSS' )
                    {
                    // InternalKlantreis.g:3019:3: (enumLiteral_6= 'JOB_LOSS' )
                    // InternalKlantreis.g:3020:4: enumLiteral_6= 'JOB_LOSS'
                    {
                    enumLiteral_6=(Token)match(input,93,FOLLOW_2); 

                    				current = grammarAccess.getLifeEventKindAccess().getJOB_LOSSEnumLiteralDeclaration_6().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_6, grammarAccess.getLifeEventKindAccess().getJOB_LOSSEnumLiteralDeclaration_6());
                    			

                    }


                    }
                    break;
                case 8 :
                    // InternalKlantreis.g:3027:3: (enumLiteral_7= 'ILLNESS' )
                    {
                    // InternalKlantreis.g:3027:3: (enumLiteral_7= 'ILLNESS' )
                    // InternalKlantreis.g:3028:4: enumLiteral_7= 'ILLNESS'
                    {
                    enumLiteral_7=(Token)match(input,94,FOLLOW_2); 

                    				current = grammarAccess.getLifeEventKindAccess().getILLNESSEnumLiteralDeclaration_7().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_7, grammarAccess.getLifeEventKindAccess().getILLNESSEnumLiteralDeclaration_7());
                    			

                    }


                    }
                    break;
                case 9 :
                    // InternalKlantreis.g:3035:3: (enumLiteral_8= 'MOVING' )
                    {
                    // InternalKlantreis.g:3035:3: (enumLiteral_8= 'MOVING' )
                    // InternalKlantreis.g:3036:4: enumLiteral_8= 'MOVING'
                    {
                    enumLiteral_8=(Token)match(input,95,FOLLOW_2); 

                    				current = grammarAccess.getLifeEventKindAccess().getMOVINGEnumLiteralDeclaration_8().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_8, grammarAccess.getLifeEventKindAccess().getMOVINGEnumLiteralDeclaration_8());
                    			

                    }


                    }
                    break;
                case 10 :
                    // InternalKlantreis.g:3043:3: (enumLiteral_9= 'DEBT' )
                    {
                    // InternalKlantreis.g:3043:3: (enumLiteral_9= 'DEBT' )
                    // InternalKlantreis.g:3044:4: enumLiteral_9= 'DEBT'
                    {
                    enumLiteral_9=(Token)match(input,96,FOLLOW_2); 

                    				current = grammarAccess.getLifeEventKindAccess().getDEBTEnumLiteralDeclaration_9().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_9, grammarAccess.getLifeEventKindAccess().getDEBTEnumLiteralDeclaration_9());
                    			

                    }


                    }
                    break;
                case 11 :
                    // InternalKlantreis.g:3051:3: (enumLiteral_10= 'OTHER' )
                    {
                    // InternalKlantreis.g:3051:3: (enumLiteral_10= 'OTHER' )
                    // InternalKlantreis.g:3052:4: enumLiteral_10= 'OTHER'
                    {
                    enumLiteral_10=(Token)match(input,97,FOLLOW_2); 

                    				current = grammarAccess.getLifeEventKindAccess().getOTHEREnumLiteralDeclaration_10().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_10, grammarAccess.getLifeEventKindAccess().getOTHEREnumLiteralDeclaration_10());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleLifeEventKind"


    // $ANTLR start "ruleChannel"
    // InternalKlantreis.g:3062:1: ruleChannel returns [Enumerator current=null] : ( (enumLiteral_0= 'COUNTER' ) | (enumLiteral_1= 'PHONE' ) | (enumLiteral_2= 'LETTER' ) | (enumLiteral_3= 'EMAIL' ) | (enumLiteral_4= 'PORTAL' ) | (enumLiteral_5= 'HOME_VISIT' ) | (enumLiteral_6= 'GROUP_SESSION' ) | (enumLiteral_7= 'CONSULTATION_HOUR' ) | (enumLiteral_8= 'SOCIAL_MEDIA' ) | (enumLiteral_9= 'VIDEO_CALL' ) | (enumLiteral_10= 'MEETING' ) ) ;
    public final Enumerator ruleChannel() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;
        Token enumLiteral_5=null;
        Token enumLiteral_6=null;
        Token enumLiteral_7=null;
        Token enumLiteral_8=null;
        Token enumLiteral_9=null;
        Token enumLiteral_10=null;


        	enterRule();

        try {
            // InternalKlantreis.g:3068:2: ( ( (enumLiteral_0= 'COUNTER' ) | (enumLiteral_1= 'PHONE' ) | (enumLiteral_2= 'LETTER' ) | (enumLiteral_3= 'EMAIL' ) | (enumLiteral_4= 'PORTAL' ) | (enumLiteral_5= 'HOME_VISIT' ) | (enumLiteral_6= 'GROUP_SESSION' ) | (enumLiteral_7= 'CONSULTATION_HOUR' ) | (enumLiteral_8= 'SOCIAL_MEDIA' ) | (enumLiteral_9= 'VIDEO_CALL' ) | (enumLiteral_10= 'MEETING' ) ) )
            // InternalKlantreis.g:3069:2: ( (enumLiteral_0= 'COUNTER' ) | (enumLiteral_1= 'PHONE' ) | (enumLiteral_2= 'LETTER' ) | (enumLiteral_3= 'EMAIL' ) | (enumLiteral_4= 'PORTAL' ) | (enumLiteral_5= 'HOME_VISIT' ) | (enumLiteral_6= 'GROUP_SESSION' ) | (enumLiteral_7= 'CONSULTATION_HOUR' ) | (enumLiteral_8= 'SOCIAL_MEDIA' ) | (enumLiteral_9= 'VIDEO_CALL' ) | (enumLiteral_10= 'MEETING' ) )
            {
            // InternalKlantreis.g:3069:2: ( (enumLiteral_0= 'COUNTER' ) | (enumLiteral_1= 'PHONE' ) | (enumLiteral_2= 'LETTER' ) | (enumLiteral_3= 'EMAIL' ) | (enumLiteral_4= 'PORTAL' ) | (enumLiteral_5= 'HOME_VISIT' ) | (enumLiteral_6= 'GROUP_SESSION' ) | (enumLiteral_7= 'CONSULTATION_HOUR' ) | (enumLiteral_8= 'SOCIAL_MEDIA' ) | (enumLiteral_9= 'VIDEO_CALL' ) | (enumLiteral_10= 'MEETING' ) )
            int alt91=11;
            switch ( input.LA(1) ) {
            case 98:
                {
                alt91=1;
                }
                break;
            case 99:
                {
                alt91=2;
                }
                break;
            case 100:
                {
                alt91=3;
                }
                break;
            case 101:
                {
                alt91=4;
                }
                break;
            case 102:
                {
                alt91=5;
                }
                break;
            case 103:
                {
                alt91=6;
                }
                break;
            case 104:
                {
                alt91=7;
                }
                break;
            case 105:
                {
                alt91=8;
                }
                break;
            case 106:
                {
                alt91=9;
                }
                break;
            case 107:
                {
                alt91=10;
                }
                break;
            case 108:
                {
                alt91=11;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 91, 0, input);

                throw nvae;
            }

            switch (alt91) {
                case 1 :
                    // InternalKlantreis.g:3070:3: (enumLiteral_0= 'COUNTER' )
                    {
                    // InternalKlantreis.g:3070:3: (enumLiteral_0= 'COUNTER' )
                    // InternalKlantreis.g:3071:4: enumLiteral_0= 'COUNTER'
                    {
                    enumLiteral_0=(Token)match(input,98,FOLLOW_2); 

                    				current = grammarAccess.getChannelAccess().getCOUNTEREnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getChannelAccess().getCOUNTEREnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalKlantreis.g:3078:3: (enumLiteral_1= 'PHONE' )
                    {
                    // InternalKlantreis.g:3078:3: (enumLiteral_1= 'PHONE' )
                    // InternalKlantreis.g:3079:4: enumLiteral_1= 'PHONE'
                    {
                    enumLiteral_1=(Token)match(input,99,FOLLOW_2); 

                    				current = grammarAccess.getChannelAccess().getPHONEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getChannelAccess().getPHONEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalKlantreis.g:3086:3: (enumLiteral_2= 'LETTER' )
                    {
                    // InternalKlantreis.g:3086:3: (enumLiteral_2= 'LETTER' )
                    // InternalKlantreis.g:3087:4: enumLiteral_2= 'LETTER'
                    {
                    enumLiteral_2=(Token)match(input,100,FOLLOW_2); 

                    				current = grammarAccess.getChannelAccess().getLETTEREnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getChannelAccess().getLETTEREnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalKlantreis.g:3094:3: (enumLiteral_3= 'EMAIL' )
                    {
                    // InternalKlantreis.g:3094:3: (enumLiteral_3= 'EMAIL' )
                    // InternalKlantreis.g:3095:4: enumLiteral_3= 'EMAIL'
                    {
                    enumLiteral_3=(Token)match(input,101,FOLLOW_2); 

                    				current = grammarAccess.getChannelAccess().getEMAILEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getChannelAccess().getEMAILEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalKlantreis.g:3102:3: (enumLiteral_4= 'PORTAL' )
                    {
                    // InternalKlantreis.g:3102:3: (enumLiteral_4= 'PORTAL' )
                    // InternalKlantreis.g:3103:4: enumLiteral_4= 'PORTAL'
                    {
                    enumLiteral_4=(Token)match(input,102,FOLLOW_2); 

                    				current = grammarAccess.getChannelAccess().getPORTALEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getChannelAccess().getPORTALEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;
                case 6 :
                    // InternalKlantreis.g:3110:3: (enumLiteral_5= 'HOME_VISIT' )
                    {
                    // InternalKlantreis.g:3110:3: (enumLiteral_5= 'HOME_VISIT' )
                    // InternalKlantreis.g:3111:4: enumLiteral_5= 'HOME_VISIT'
                    {
                    enumLiteral_5=(Token)match(input,103,FOLLOW_2); 

                    				current = grammarAccess.getChannelAccess().getHOME_VISITEnumLiteralDeclaration_5().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_5, grammarAccess.getChannelAccess().getHOME_VISITEnumLiteralDeclaration_5());
                    			

                    }


                    }
                    break;
                case 7 :
                    // InternalKlantreis.g:3118:3: (enumLiteral_6= 'GROUP_SESSION' )
                    {
                    // InternalKlantreis.g:3118:3: (enumLiteral_6= 'GROUP_SESSION' )
                    // InternalKlantreis.g:3119:4: enumLiteral_6= 'GROUP_SESSION'
                    {
                    enumLiteral_6=(Token)match(input,104,FOLLOW_2); 

                    				current = grammarAccess.getChannelAccess().getGROUP_SESSIONEnumLiteralDeclaration_6().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_6, grammarAccess.getChannelAccess().getGROUP_SESSIONEnumLiteralDeclaration_6());
                    			

                    }


                    }
                    break;
                case 8 :
                    // InternalKlantreis.g:3126:3: (enumLiteral_7= 'CONSULTATION_HOUR' )
                    {
                    // InternalKlantreis.g:3126:3: (enumLiteral_7= 'CONSULTATION_HOUR' )
                    // InternalKlantreis.g:3127:4: enumLiteral_7= 'CONSULTATION_HOUR'
                    {
                    enumLiteral_7=(Token)match(input,105,FOLLOW_2); 

                    				current = grammarAccess.getChannelAccess().getCONSULTATION_HOUREnumLiteralDeclaration_7().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_7, grammarAccess.getChannelAccess().getCONSULTATION_HOUREnumLiteralDeclaration_7());
                    			

                    }


                    }
                    break;
                case 9 :
                    // InternalKlantreis.g:3134:3: (enumLiteral_8= 'SOCIAL_MEDIA' )
                    {
                    // InternalKlantreis.g:3134:3: (enumLiteral_8= 'SOCIAL_MEDIA' )
                    // InternalKlantreis.g:3135:4: enumLiteral_8= 'SOCIAL_MEDIA'
                    {
                    enumLiteral_8=(Token)match(input,106,FOLLOW_2); 

                    				current = grammarAccess.getChannelAccess().getSOCIAL_MEDIAEnumLiteralDeclaration_8().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_8, grammarAccess.getChannelAccess().getSOCIAL_MEDIAEnumLiteralDeclaration_8());
                    			

                    }


                    }
                    break;
                case 10 :
                    // InternalKlantreis.g:3142:3: (enumLiteral_9= 'VIDEO_CALL' )
                    {
                    // InternalKlantreis.g:3142:3: (enumLiteral_9= 'VIDEO_CALL' )
                    // InternalKlantreis.g:3143:4: enumLiteral_9= 'VIDEO_CALL'
                    {
                    enumLiteral_9=(Token)match(input,107,FOLLOW_2); 

                    				current = grammarAccess.getChannelAccess().getVIDEO_CALLEnumLiteralDeclaration_9().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_9, grammarAccess.getChannelAccess().getVIDEO_CALLEnumLiteralDeclaration_9());
                    			

                    }


                    }
                    break;
                case 11 :
                    // InternalKlantreis.g:3150:3: (enumLiteral_10= 'MEETING' )
                    {
                    // InternalKlantreis.g:3150:3: (enumLiteral_10= 'MEETING' )
                    // InternalKlantreis.g:3151:4: enumLiteral_10= 'MEETING'
                    {
                    enumLiteral_10=(Token)match(input,108,FOLLOW_2); 

                    				current = grammarAccess.getChannelAccess().getMEETINGEnumLiteralDeclaration_10().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_10, grammarAccess.getChannelAccess().getMEETINGEnumLiteralDeclaration_10());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleChannel"


    // $ANTLR start "ruleInitiator"
    // InternalKlantreis.g:3161:1: ruleInitiator returns [Enumerator current=null] : ( (enumLiteral_0= 'RESIDENT' ) | (enumLiteral_1= 'ORGANISATION' ) ) ;
    public final Enumerator ruleInitiator() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;


        	enterRule();

        try {
            // InternalKlantreis.g:3167:2: ( ( (enumLiteral_0= 'RESIDENT' ) | (enumLiteral_1= 'ORGANISATION' ) ) )
            // InternalKlantreis.g:3168:2: ( (enumLiteral_0= 'RESIDENT' ) | (enumLiteral_1= 'ORGANISATION' ) )
            {
            // InternalKlantreis.g:3168:2: ( (enumLiteral_0= 'RESIDENT' ) | (enumLiteral_1= 'ORGANISATION' ) )
            int alt92=2;
            int LA92_0 = input.LA(1);

            if ( (LA92_0==109) ) {
                alt92=1;
            }
            else if ( (LA92_0==110) ) {
                alt92=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 92, 0, input);

                throw nvae;
            }
            switch (alt92) {
                case 1 :
                    // InternalKlantreis.g:3169:3: (enumLiteral_0= 'RESIDENT' )
                    {
                    // InternalKlantreis.g:3169:3: (enumLiteral_0= 'RESIDENT' )
                    // InternalKlantreis.g:3170:4: enumLiteral_0= 'RESIDENT'
                    {
                    enumLiteral_0=(Token)match(input,109,FOLLOW_2); 

                    				current = grammarAccess.getInitiatorAccess().getRESIDENTEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getInitiatorAccess().getRESIDENTEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalKlantreis.g:3177:3: (enumLiteral_1= 'ORGANISATION' )
                    {
                    // InternalKlantreis.g:3177:3: (enumLiteral_1= 'ORGANISATION' )
                    // InternalKlantreis.g:3178:4: enumLiteral_1= 'ORGANISATION'
                    {
                    enumLiteral_1=(Token)match(input,110,FOLLOW_2); 

                    				current = grammarAccess.getInitiatorAccess().getORGANISATIONEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getInitiatorAccess().getORGANISATIONEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleInitiator"


    // $ANTLR start "rulePurpose"
    // InternalKlantreis.g:3188:1: rulePurpose returns [Enumerator current=null] : ( (enumLiteral_0= 'INFORMATION' ) | (enumLiteral_1= 'INTAKE' ) | (enumLiteral_2= 'ADVICE' ) | (enumLiteral_3= 'DECISION' ) | (enumLiteral_4= 'REFERRAL' ) | (enumLiteral_5= 'FOLLOW_UP' ) | (enumLiteral_6= 'SUPPORT' ) ) ;
    public final Enumerator rulePurpose() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;
        Token enumLiteral_5=null;
        Token enumLiteral_6=null;


        	enterRule();

        try {
            // InternalKlantreis.g:3194:2: ( ( (enumLiteral_0= 'INFORMATION' ) | (enumLiteral_1= 'INTAKE' ) | (enumLiteral_2= 'ADVICE' ) | (enumLiteral_3= 'DECISION' ) | (enumLiteral_4= 'REFERRAL' ) | (enumLiteral_5= 'FOLLOW_UP' ) | (enumLiteral_6= 'SUPPORT' ) ) )
            // InternalKlantreis.g:3195:2: ( (enumLiteral_0= 'INFORMATION' ) | (enumLiteral_1= 'INTAKE' ) | (enumLiteral_2= 'ADVICE' ) | (enumLiteral_3= 'DECISION' ) | (enumLiteral_4= 'REFERRAL' ) | (enumLiteral_5= 'FOLLOW_UP' ) | (enumLiteral_6= 'SUPPORT' ) )
            {
            // InternalKlantreis.g:3195:2: ( (enumLiteral_0= 'INFORMATION' ) | (enumLiteral_1= 'INTAKE' ) | (enumLiteral_2= 'ADVICE' ) | (enumLiteral_3= 'DECISION' ) | (enumLiteral_4= 'REFERRAL' ) | (enumLiteral_5= 'FOLLOW_UP' ) | (enumLiteral_6= 'SUPPORT' ) )
            int alt93=7;
            switch ( input.LA(1) ) {
            case 111:
                {
                alt93=1;
                }
                break;
            case 112:
                {
                alt93=2;
                }
                break;
            case 113:
                {
                alt93=3;
                }
                break;
            case 114:
                {
                alt93=4;
                }
                break;
            case 115:
                {
                alt93=5;
                }
                break;
            case 116:
                {
                alt93=6;
                }
                break;
            case 117:
                {
                alt93=7;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 93, 0, input);

                throw nvae;
            }

            switch (alt93) {
                case 1 :
                    // InternalKlantreis.g:3196:3: (enumLiteral_0= 'INFORMATION' )
                    {
                    // InternalKlantreis.g:3196:3: (enumLiteral_0= 'INFORMATION' )
                    // InternalKlantreis.g:3197:4: enumLiteral_0= 'INFORMATION'
                    {
                    enumLiteral_0=(Token)match(input,111,FOLLOW_2); 

                    				current = grammarAccess.getPurposeAccess().getINFORMATIONEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getPurposeAccess().getINFORMATIONEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalKlantreis.g:3204:3: (enumLiteral_1= 'INTAKE' )
                    {
                    // InternalKlantreis.g:3204:3: (enumLiteral_1= 'INTAKE' )
                    // InternalKlantreis.g:3205:4: enumLiteral_1= 'INTAKE'
                    {
                    enumLiteral_1=(Token)match(input,112,FOLLOW_2); 

                    				current = grammarAccess.getPurposeAccess().getINTAKEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getPurposeAccess().getINTAKEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalKlantreis.g:3212:3: (enumLiteral_2= 'ADVICE' )
                    {
                    // InternalKlantreis.g:3212:3: (enumLiteral_2= 'ADVICE' )
                    // InternalKlantreis.g:3213:4: enumLiteral_2= 'ADVICE'
                    {
                    enumLiteral_2=(Token)match(input,113,FOLLOW_2); 

                    				current = grammarAccess.getPurposeAccess().getADVICEEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getPurposeAccess().getADVICEEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalKlantreis.g:3220:3: (enumLiteral_3= 'DECISION' )
                    {
                    // InternalKlantreis.g:3220:3: (enumLiteral_3= 'DECISION' )
                    // InternalKlantreis.g:3221:4: enumLiteral_3= 'DECISION'
                    {
                    enumLiteral_3=(Token)match(input,114,FOLLOW_2); 

                    				current = grammarAccess.getPurposeAccess().getDECISIONEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getPurposeAccess().getDECISIONEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalKlantreis.g:3228:3: (enumLiteral_4= 'REFERRAL' )
                    {
                    // InternalKlantreis.g:3228:3: (enumLiteral_4= 'REFERRAL' )
                    // InternalKlantreis.g:3229:4: enumLiteral_4= 'REFERRAL'
                    {
                    enumLiteral_4=(Token)match(input,115,FOLLOW_2); 

                    				current = grammarAccess.getPurposeAccess().getREFERRALEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getPurposeAccess().getREFERRALEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;
                case 6 :
                    // InternalKlantreis.g:3236:3: (enumLiteral_5= 'FOLLOW_UP' )
                    {
                    // InternalKlantreis.g:3236:3: (enumLiteral_5= 'FOLLOW_UP' )
                    // InternalKlantreis.g:3237:4: enumLiteral_5= 'FOLLOW_UP'
                    {
                    enumLiteral_5=(Token)match(input,116,FOLLOW_2); 

                    				current = grammarAccess.getPurposeAccess().getFOLLOW_UPEnumLiteralDeclaration_5().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_5, grammarAccess.getPurposeAccess().getFOLLOW_UPEnumLiteralDeclaration_5());
                    			

                    }


                    }
                    break;
                case 7 :
                    // InternalKlantreis.g:3244:3: (enumLiteral_6= 'SUPPORT' )
                    {
                    // InternalKlantreis.g:3244:3: (enumLiteral_6= 'SUPPORT' )
                    // InternalKlantreis.g:3245:4: enumLiteral_6= 'SUPPORT'
                    {
                    enumLiteral_6=(Token)match(input,117,FOLLOW_2); 

                    				current = grammarAccess.getPurposeAccess().getSUPPORTEnumLiteralDeclaration_6().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_6, grammarAccess.getPurposeAccess().getSUPPORTEnumLiteralDeclaration_6());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "rulePurpose"


    // $ANTLR start "ruleInterpreterArrangement"
    // InternalKlantreis.g:3255:1: ruleInterpreterArrangement returns [Enumerator current=null] : ( (enumLiteral_0= 'NONE' ) | (enumLiteral_1= 'PROFESSIONAL' ) | (enumLiteral_2= 'BILINGUAL_STAFF' ) | (enumLiteral_3= 'KEY_PERSON' ) | (enumLiteral_4= 'FAMILY' ) | (enumLiteral_5= 'CHILD' ) ) ;
    public final Enumerator ruleInterpreterArrangement() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;
        Token enumLiteral_5=null;


        	enterRule();

        try {
            // InternalKlantreis.g:3261:2: ( ( (enumLiteral_0= 'NONE' ) | (enumLiteral_1= 'PROFESSIONAL' ) | (enumLiteral_2= 'BILINGUAL_STAFF' ) | (enumLiteral_3= 'KEY_PERSON' ) | (enumLiteral_4= 'FAMILY' ) | (enumLiteral_5= 'CHILD' ) ) )
            // InternalKlantreis.g:3262:2: ( (enumLiteral_0= 'NONE' ) | (enumLiteral_1= 'PROFESSIONAL' ) | (enumLiteral_2= 'BILINGUAL_STAFF' ) | (enumLiteral_3= 'KEY_PERSON' ) | (enumLiteral_4= 'FAMILY' ) | (enumLiteral_5= 'CHILD' ) )
            {
            // InternalKlantreis.g:3262:2: ( (enumLiteral_0= 'NONE' ) | (enumLiteral_1= 'PROFESSIONAL' ) | (enumLiteral_2= 'BILINGUAL_STAFF' ) | (enumLiteral_3= 'KEY_PERSON' ) | (enumLiteral_4= 'FAMILY' ) | (enumLiteral_5= 'CHILD' ) )
            int alt94=6;
            switch ( input.LA(1) ) {
            case 118:
                {
                alt94=1;
                }
                break;
            case 119:
                {
                alt94=2;
                }
                break;
            case 120:
                {
                alt94=3;
                }
                break;
            case 121:
                {
                alt94=4;
                }
                break;
            case 122:
                {
                alt94=5;
                }
                break;
            case 123:
                {
                alt94=6;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 94, 0, input);

                throw nvae;
            }

            switch (alt94) {
                case 1 :
                    // InternalKlantreis.g:3263:3: (enumLiteral_0= 'NONE' )
                    {
                    // InternalKlantreis.g:3263:3: (enumLiteral_0= 'NONE' )
                    // InternalKlantreis.g:3264:4: enumLiteral_0= 'NONE'
                    {
                    enumLiteral_0=(Token)match(input,118,FOLLOW_2); 

                    				current = grammarAccess.getInterpreterArrangementAccess().getNONEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getInterpreterArrangementAccess().getNONEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalKlantreis.g:3271:3: (enumLiteral_1= 'PROFESSIONAL' )
                    {
                    // InternalKlantreis.g:3271:3: (enumLiteral_1= 'PROFESSIONAL' )
                    // InternalKlantreis.g:3272:4: enumLiteral_1= 'PROFESSIONAL'
                    {
                    enumLiteral_1=(Token)match(input,119,FOLLOW_2); 

                    				current = grammarAccess.getInterpreterArrangementAccess().getPROFESSIONALEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getInterpreterArrangementAccess().getPROFESSIONALEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalKlantreis.g:3279:3: (enumLiteral_2= 'BILINGUAL_STAFF' )
                    {
                    // InternalKlantreis.g:3279:3: (enumLiteral_2= 'BILINGUAL_STAFF' )
                    // InternalKlantreis.g:3280:4: enumLiteral_2= 'BILINGUAL_STAFF'
                    {
                    enumLiteral_2=(Token)match(input,120,FOLLOW_2); 

                    				current = grammarAccess.getInterpreterArrangementAccess().getBILINGUAL_STAFFEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getInterpreterArrangementAccess().getBILINGUAL_STAFFEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalKlantreis.g:3287:3: (enumLiteral_3= 'KEY_PERSON' )
                    {
                    // InternalKlantreis.g:3287:3: (enumLiteral_3= 'KEY_PERSON' )
                    // InternalKlantreis.g:3288:4: enumLiteral_3= 'KEY_PERSON'
                    {
                    enumLiteral_3=(Token)match(input,121,FOLLOW_2); 

                    				current = grammarAccess.getInterpreterArrangementAccess().getKEY_PERSONEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getInterpreterArrangementAccess().getKEY_PERSONEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalKlantreis.g:3295:3: (enumLiteral_4= 'FAMILY' )
                    {
                    // InternalKlantreis.g:3295:3: (enumLiteral_4= 'FAMILY' )
                    // InternalKlantreis.g:3296:4: enumLiteral_4= 'FAMILY'
                    {
                    enumLiteral_4=(Token)match(input,122,FOLLOW_2); 

                    				current = grammarAccess.getInterpreterArrangementAccess().getFAMILYEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getInterpreterArrangementAccess().getFAMILYEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;
                case 6 :
                    // InternalKlantreis.g:3303:3: (enumLiteral_5= 'CHILD' )
                    {
                    // InternalKlantreis.g:3303:3: (enumLiteral_5= 'CHILD' )
                    // InternalKlantreis.g:3304:4: enumLiteral_5= 'CHILD'
                    {
                    enumLiteral_5=(Token)match(input,123,FOLLOW_2); 

                    				current = grammarAccess.getInterpreterArrangementAccess().getCHILDEnumLiteralDeclaration_5().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_5, grammarAccess.getInterpreterArrangementAccess().getCHILDEnumLiteralDeclaration_5());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleInterpreterArrangement"


    // $ANTLR start "ruleCommunicationForm"
    // InternalKlantreis.g:3314:1: ruleCommunicationForm returns [Enumerator current=null] : ( (enumLiteral_0= 'SPOKEN' ) | (enumLiteral_1= 'WRITTEN' ) | (enumLiteral_2= 'PLAIN_LANGUAGE' ) | (enumLiteral_3= 'TRANSLATED' ) | (enumLiteral_4= 'VISUAL' ) ) ;
    public final Enumerator ruleCommunicationForm() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;


        	enterRule();

        try {
            // InternalKlantreis.g:3320:2: ( ( (enumLiteral_0= 'SPOKEN' ) | (enumLiteral_1= 'WRITTEN' ) | (enumLiteral_2= 'PLAIN_LANGUAGE' ) | (enumLiteral_3= 'TRANSLATED' ) | (enumLiteral_4= 'VISUAL' ) ) )
            // InternalKlantreis.g:3321:2: ( (enumLiteral_0= 'SPOKEN' ) | (enumLiteral_1= 'WRITTEN' ) | (enumLiteral_2= 'PLAIN_LANGUAGE' ) | (enumLiteral_3= 'TRANSLATED' ) | (enumLiteral_4= 'VISUAL' ) )
            {
            // InternalKlantreis.g:3321:2: ( (enumLiteral_0= 'SPOKEN' ) | (enumLiteral_1= 'WRITTEN' ) | (enumLiteral_2= 'PLAIN_LANGUAGE' ) | (enumLiteral_3= 'TRANSLATED' ) | (enumLiteral_4= 'VISUAL' ) )
            int alt95=5;
            switch ( input.LA(1) ) {
            case 124:
                {
                alt95=1;
                }
                break;
            case 125:
                {
                alt95=2;
                }
                break;
            case 126:
                {
                alt95=3;
                }
                break;
            case 127:
                {
                alt95=4;
                }
                break;
            case 128:
                {
                alt95=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 95, 0, input);

                throw nvae;
            }

            switch (alt95) {
                case 1 :
                    // InternalKlantreis.g:3322:3: (enumLiteral_0= 'SPOKEN' )
                    {
                    // InternalKlantreis.g:3322:3: (enumLiteral_0= 'SPOKEN' )
                    // InternalKlantreis.g:3323:4: enumLiteral_0= 'SPOKEN'
                    {
                    enumLiteral_0=(Token)match(input,124,FOLLOW_2); 

                    				current = grammarAccess.getCommunicationFormAccess().getSPOKENEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getCommunicationFormAccess().getSPOKENEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalKlantreis.g:3330:3: (enumLiteral_1= 'WRITTEN' )
                    {
                    // InternalKlantreis.g:3330:3: (enumLiteral_1= 'WRITTEN' )
                    // InternalKlantreis.g:3331:4: enumLiteral_1= 'WRITTEN'
                    {
                    enumLiteral_1=(Token)match(input,125,FOLLOW_2); 

                    				current = grammarAccess.getCommunicationFormAccess().getWRITTENEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getCommunicationFormAccess().getWRITTENEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalKlantreis.g:3338:3: (enumLiteral_2= 'PLAIN_LANGUAGE' )
                    {
                    // InternalKlantreis.g:3338:3: (enumLiteral_2= 'PLAIN_LANGUAGE' )
                    // InternalKlantreis.g:3339:4: enumLiteral_2= 'PLAIN_LANGUAGE'
                    {
                    enumLiteral_2=(Token)match(input,126,FOLLOW_2); 

                    				current = grammarAccess.getCommunicationFormAccess().getPLAIN_LANGUAGEEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getCommunicationFormAccess().getPLAIN_LANGUAGEEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalKlantreis.g:3346:3: (enumLiteral_3= 'TRANSLATED' )
                    {
                    // InternalKlantreis.g:3346:3: (enumLiteral_3= 'TRANSLATED' )
                    // InternalKlantreis.g:3347:4: enumLiteral_3= 'TRANSLATED'
                    {
                    enumLiteral_3=(Token)match(input,127,FOLLOW_2); 

                    				current = grammarAccess.getCommunicationFormAccess().getTRANSLATEDEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getCommunicationFormAccess().getTRANSLATEDEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalKlantreis.g:3354:3: (enumLiteral_4= 'VISUAL' )
                    {
                    // InternalKlantreis.g:3354:3: (enumLiteral_4= 'VISUAL' )
                    // InternalKlantreis.g:3355:4: enumLiteral_4= 'VISUAL'
                    {
                    enumLiteral_4=(Token)match(input,128,FOLLOW_2); 

                    				current = grammarAccess.getCommunicationFormAccess().getVISUALEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getCommunicationFormAccess().getVISUALEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleCommunicationForm"


    // $ANTLR start "ruleLifeDomain"
    // InternalKlantreis.g:3365:1: ruleLifeDomain returns [Enumerator current=null] : ( (enumLiteral_0= 'INCOME' ) | (enumLiteral_1= 'WORK' ) | (enumLiteral_2= 'EDUCATION' ) | (enumLiteral_3= 'HOUSING' ) | (enumLiteral_4= 'PHYSICAL_HEALTH' ) | (enumLiteral_5= 'MENTAL_HEALTH' ) | (enumLiteral_6= 'FAMILY' ) | (enumLiteral_7= 'SOCIAL_NETWORK' ) ) ;
    public final Enumerator ruleLifeDomain() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;
        Token enumLiteral_5=null;
        Token enumLiteral_6=null;
        Token enumLiteral_7=null;


        	enterRule();

        try {
            // InternalKlantreis.g:3371:2: ( ( (enumLiteral_0= 'INCOME' ) | (enumLiteral_1= 'WORK' ) | (enumLiteral_2= 'EDUCATION' ) | (enumLiteral_3= 'HOUSING' ) | (enumLiteral_4= 'PHYSICAL_HEALTH' ) | (enumLiteral_5= 'MENTAL_HEALTH' ) | (enumLiteral_6= 'FAMILY' ) | (enumLiteral_7= 'SOCIAL_NETWORK' ) ) )
            // InternalKlantreis.g:3372:2: ( (enumLiteral_0= 'INCOME' ) | (enumLiteral_1= 'WORK' ) | (enumLiteral_2= 'EDUCATION' ) | (enumLiteral_3= 'HOUSING' ) | (enumLiteral_4= 'PHYSICAL_HEALTH' ) | (enumLiteral_5= 'MENTAL_HEALTH' ) | (enumLiteral_6= 'FAMILY' ) | (enumLiteral_7= 'SOCIAL_NETWORK' ) )
            {
            // InternalKlantreis.g:3372:2: ( (enumLiteral_0= 'INCOME' ) | (enumLiteral_1= 'WORK' ) | (enumLiteral_2= 'EDUCATION' ) | (enumLiteral_3= 'HOUSING' ) | (enumLiteral_4= 'PHYSICAL_HEALTH' ) | (enumLiteral_5= 'MENTAL_HEALTH' ) | (enumLiteral_6= 'FAMILY' ) | (enumLiteral_7= 'SOCIAL_NETWORK' ) )
            int alt96=8;
            switch ( input.LA(1) ) {
            case 129:
                {
                alt96=1;
                }
                break;
            case 130:
                {
                alt96=2;
                }
                break;
            case 131:
                {
                alt96=3;
                }
                break;
            case 132:
                {
                alt96=4;
                }
                break;
            case 133:
                {
                alt96=5;
                }
                break;
            case 134:
                {
                alt96=6;
                }
                break;
            case 122:
                {
                alt96=7;
                }
                break;
            case 135:
                {
                alt96=8;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 96, 0, input);

                throw nvae;
            }

            switch (alt96) {
                case 1 :
                    // InternalKlantreis.g:3373:3: (enumLiteral_0= 'INCOME' )
                    {
                    // InternalKlantreis.g:3373:3: (enumLiteral_0= 'INCOME' )
                    // InternalKlantreis.g:3374:4: enumLiteral_0= 'INCOME'
                    {
                    enumLiteral_0=(Token)match(input,129,FOLLOW_2); 

                    				current = grammarAccess.getLifeDomainAccess().getINCOMEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getLifeDomainAccess().getINCOMEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalKlantreis.g:3381:3: (enumLiteral_1= 'WORK' )
                    {
                    // InternalKlantreis.g:3381:3: (enumLiteral_1= 'WORK' )
                    // InternalKlantreis.g:3382:4: enumLiteral_1= 'WORK'
                    {
                    enumLiteral_1=(Token)match(input,130,FOLLOW_2); 

                    				current = grammarAccess.getLifeDomainAccess().getWORKEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getLifeDomainAccess().getWORKEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalKlantreis.g:3389:3: (enumLiteral_2= 'EDUCATION' )
                    {
                    // InternalKlantreis.g:3389:3: (enumLiteral_2= 'EDUCATION' )
                    // InternalKlantreis.g:3390:4: enumLiteral_2= 'EDUCATION'
                    {
                    enumLiteral_2=(Token)match(input,131,FOLLOW_2); 

                    				current = grammarAccess.getLifeDomainAccess().getEDUCATIONEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getLifeDomainAccess().getEDUCATIONEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalKlantreis.g:3397:3: (enumLiteral_3= 'HOUSING' )
                    {
                    // InternalKlantreis.g:3397:3: (enumLiteral_3= 'HOUSING' )
                    // InternalKlantreis.g:3398:4: enumLiteral_3= 'HOUSING'
                    {
                    enumLiteral_3=(Token)match(input,132,FOLLOW_2); 

                    				current = grammarAccess.getLifeDomainAccess().getHOUSINGEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getLifeDomainAccess().getHOUSINGEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalKlantreis.g:3405:3: (enumLiteral_4= 'PHYSICAL_HEALTH' )
                    {
                    // InternalKlantreis.g:3405:3: (enumLiteral_4= 'PHYSICAL_HEALTH' )
                    // InternalKlantreis.g:3406:4: enumLiteral_4= 'PHYSICAL_HEALTH'
                    {
                    enumLiteral_4=(Token)match(input,133,FOLLOW_2); 

                    				current = grammarAccess.getLifeDomainAccess().getPHYSICAL_HEALTHEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getLifeDomainAccess().getPHYSICAL_HEALTHEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;
                case 6 :
                    // InternalKlantreis.g:3413:3: (enumLiteral_5= 'MENTAL_HEALTH' )
                    {
                    // InternalKlantreis.g:3413:3: (enumLiteral_5= 'MENTAL_HEALTH' )
                    // InternalKlantreis.g:3414:4: enumLiteral_5= 'MENTAL_HEALTH'
                    {
                    enumLiteral_5=(Token)match(input,134,FOLLOW_2); 

                    				current = grammarAccess.getLifeDomainAccess().getMENTAL_HEALTHEnumLiteralDeclaration_5().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_5, grammarAccess.getLifeDomainAccess().getMENTAL_HEALTHEnumLiteralDeclaration_5());
                    			

                    }


                    }
                    break;
                case 7 :
                    // InternalKlantreis.g:3421:3: (enumLiteral_6= 'FAMILY' )
                    {
                    // InternalKlantreis.g:3421:3: (enumLiteral_6= 'FAMILY' )
                    // InternalKlantreis.g:3422:4: enumLiteral_6= 'FAMILY'
                    {
                    enumLiteral_6=(Token)match(input,122,FOLLOW_2); 

                    				current = grammarAccess.getLifeDomainAccess().getFAMILYEnumLiteralDeclaration_6().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_6, grammarAccess.getLifeDomainAccess().getFAMILYEnumLiteralDeclaration_6());
                    			

                    }


                    }
                    break;
                case 8 :
                    // InternalKlantreis.g:3429:3: (enumLiteral_7= 'SOCIAL_NETWORK' )
                    {
                    // InternalKlantreis.g:3429:3: (enumLiteral_7= 'SOCIAL_NETWORK' )
                    // InternalKlantreis.g:3430:4: enumLiteral_7= 'SOCIAL_NETWORK'
                    {
                    enumLiteral_7=(Token)match(input,135,FOLLOW_2); 

                    				current = grammarAccess.getLifeDomainAccess().getSOCIAL_NETWORKEnumLiteralDeclaration_7().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_7, grammarAccess.getLifeDomainAccess().getSOCIAL_NETWORKEnumLiteralDeclaration_7());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleLifeDomain"


    // $ANTLR start "ruleHandoverKind"
    // InternalKlantreis.g:3440:1: ruleHandoverKind returns [Enumerator current=null] : ( (enumLiteral_0= 'WARM' ) | (enumLiteral_1= 'COLD' ) ) ;
    public final Enumerator ruleHandoverKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;


        	enterRule();

        try {
            // InternalKlantreis.g:3446:2: ( ( (enumLiteral_0= 'WARM' ) | (enumLiteral_1= 'COLD' ) ) )
            // InternalKlantreis.g:3447:2: ( (enumLiteral_0= 'WARM' ) | (enumLiteral_1= 'COLD' ) )
            {
            // InternalKlantreis.g:3447:2: ( (enumLiteral_0= 'WARM' ) | (enumLiteral_1= 'COLD' ) )
            int alt97=2;
            int LA97_0 = input.LA(1);

            if ( (LA97_0==136) ) {
                alt97=1;
            }
            else if ( (LA97_0==137) ) {
                alt97=2;
            }
            else {
                NoViableAltException nvae =
                    new NoViableAltException("", 97, 0, input);

                throw nvae;
            }
            switch (alt97) {
                case 1 :
                    // InternalKlantreis.g:3448:3: (enumLiteral_0= 'WARM' )
                    {
                    // InternalKlantreis.g:3448:3: (enumLiteral_0= 'WARM' )
                    // InternalKlantreis.g:3449:4: enumLiteral_0= 'WARM'
                    {
                    enumLiteral_0=(Token)match(input,136,FOLLOW_2); 

                    				current = grammarAccess.getHandoverKindAccess().getWARMEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getHandoverKindAccess().getWARMEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalKlantreis.g:3456:3: (enumLiteral_1= 'COLD' )
                    {
                    // InternalKlantreis.g:3456:3: (enumLiteral_1= 'COLD' )
                    // InternalKlantreis.g:3457:4: enumLiteral_1= 'COLD'
                    {
                    enumLiteral_1=(Token)match(input,137,FOLLOW_2); 

                    				current = grammarAccess.getHandoverKindAccess().getCOLDEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getHandoverKindAccess().getCOLDEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleHandoverKind"


    // $ANTLR start "ruleOrganisationKind"
    // InternalKlantreis.g:3467:1: ruleOrganisationKind returns [Enumerator current=null] : ( (enumLiteral_0= 'CUSTOMER_CONTACT_CENTRE' ) | (enumLiteral_1= 'WORK_AND_INCOME' ) | (enumLiteral_2= 'SOCIAL_SUPPORT' ) | (enumLiteral_3= 'INTEGRATION' ) | (enumLiteral_4= 'PUBLIC_HEALTH' ) | (enumLiteral_5= 'GENERAL_PRACTITIONER' ) | (enumLiteral_6= 'MENTAL_HEALTH_CARE' ) | (enumLiteral_7= 'DISTRICT_NURSING' ) | (enumLiteral_8= 'YOUTH_AND_FAMILY' ) | (enumLiteral_9= 'REFUGEE_SUPPORT' ) | (enumLiteral_10= 'SCHOOL' ) | (enumLiteral_11= 'EMPLOYER' ) | (enumLiteral_12= 'WELFARE' ) | (enumLiteral_13= 'MIGRANT_ORGANISATION' ) | (enumLiteral_14= 'HOUSING_CORPORATION' ) | (enumLiteral_15= 'RECEPTION_CENTRE' ) | (enumLiteral_16= 'OTHER' ) ) ;
    public final Enumerator ruleOrganisationKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;
        Token enumLiteral_5=null;
        Token enumLiteral_6=null;
        Token enumLiteral_7=null;
        Token enumLiteral_8=null;
        Token enumLiteral_9=null;
        Token enumLiteral_10=null;
        Token enumLiteral_11=null;
        Token enumLiteral_12=null;
        Token enumLiteral_13=null;
        Token enumLiteral_14=null;
        Token enumLiteral_15=null;
        Token enumLiteral_16=null;


        	enterRule();

        try {
            // InternalKlantreis.g:3473:2: ( ( (enumLiteral_0= 'CUSTOMER_CONTACT_CENTRE' ) | (enumLiteral_1= 'WORK_AND_INCOME' ) | (enumLiteral_2= 'SOCIAL_SUPPORT' ) | (enumLiteral_3= 'INTEGRATION' ) | (enumLiteral_4= 'PUBLIC_HEALTH' ) | (enumLiteral_5= 'GENERAL_PRACTITIONER' ) | (enumLiteral_6= 'MENTAL_HEALTH_CARE' ) | (enumLiteral_7= 'DISTRICT_NURSING' ) | (enumLiteral_8= 'YOUTH_AND_FAMILY' ) | (enumLiteral_9= 'REFUGEE_SUPPORT' ) | (enumLiteral_10= 'SCHOOL' ) | (enumLiteral_11= 'EMPLOYER' ) | (enumLiteral_12= 'WELFARE' ) | (enumLiteral_13= 'MIGRANT_ORGANISATION' ) | (enumLiteral_14= 'HOUSING_CORPORATION' ) | (enumLiteral_15= 'RECEPTION_CENTRE' ) | (enumLiteral_16= 'OTHER' ) ) )
            // InternalKlantreis.g:3474:2: ( (enumLiteral_0= 'CUSTOMER_CONTACT_CENTRE' ) | (enumLiteral_1= 'WORK_AND_INCOME' ) | (enumLiteral_2= 'SOCIAL_SUPPORT' ) | (enumLiteral_3= 'INTEGRATION' ) | (enumLiteral_4= 'PUBLIC_HEALTH' ) | (enumLiteral_5= 'GENERAL_PRACTITIONER' ) | (enumLiteral_6= 'MENTAL_HEALTH_CARE' ) | (enumLiteral_7= 'DISTRICT_NURSING' ) | (enumLiteral_8= 'YOUTH_AND_FAMILY' ) | (enumLiteral_9= 'REFUGEE_SUPPORT' ) | (enumLiteral_10= 'SCHOOL' ) | (enumLiteral_11= 'EMPLOYER' ) | (enumLiteral_12= 'WELFARE' ) | (enumLiteral_13= 'MIGRANT_ORGANISATION' ) | (enumLiteral_14= 'HOUSING_CORPORATION' ) | (enumLiteral_15= 'RECEPTION_CENTRE' ) | (enumLiteral_16= 'OTHER' ) )
            {
            // InternalKlantreis.g:3474:2: ( (enumLiteral_0= 'CUSTOMER_CONTACT_CENTRE' ) | (enumLiteral_1= 'WORK_AND_INCOME' ) | (enumLiteral_2= 'SOCIAL_SUPPORT' ) | (enumLiteral_3= 'INTEGRATION' ) | (enumLiteral_4= 'PUBLIC_HEALTH' ) | (enumLiteral_5= 'GENERAL_PRACTITIONER' ) | (enumLiteral_6= 'MENTAL_HEALTH_CARE' ) | (enumLiteral_7= 'DISTRICT_NURSING' ) | (enumLiteral_8= 'YOUTH_AND_FAMILY' ) | (enumLiteral_9= 'REFUGEE_SUPPORT' ) | (enumLiteral_10= 'SCHOOL' ) | (enumLiteral_11= 'EMPLOYER' ) | (enumLiteral_12= 'WELFARE' ) | (enumLiteral_13= 'MIGRANT_ORGANISATION' ) | (enumLiteral_14= 'HOUSING_CORPORATION' ) | (enumLiteral_15= 'RECEPTION_CENTRE' ) | (enumLiteral_16= 'OTHER' ) )
            int alt98=17;
            switch ( input.LA(1) ) {
            case 138:
                {
                alt98=1;
                }
                break;
            case 139:
                {
                alt98=2;
                }
                break;
            case 140:
                {
                alt98=3;
                }
                break;
            case 141:
                {
                alt98=4;
                }
                break;
            case 142:
                {
                alt98=5;
                }
                break;
            case 143:
                {
                alt98=6;
                }
                break;
            case 144:
                {
                alt98=7;
                }
                break;
            case 145:
                {
                alt98=8;
                }
                break;
            case 146:
                {
                alt98=9;
                }
                break;
            case 147:
                {
                alt98=10;
                }
                break;
            case 91:
                {
                alt98=11;
                }
                break;
            case 148:
                {
                alt98=12;
                }
                break;
            case 149:
                {
                alt98=13;
                }
                break;
            case 150:
                {
                alt98=14;
                }
                break;
            case 151:
                {
                alt98=15;
                }
                break;
            case 152:
                {
                alt98=16;
                }
                break;
            case 97:
                {
                alt98=17;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 98, 0, input);

                throw nvae;
            }

            switch (alt98) {
                case 1 :
                    // InternalKlantreis.g:3475:3: (enumLiteral_0= 'CUSTOMER_CONTACT_CENTRE' )
                    {
                    // InternalKlantreis.g:3475:3: (enumLiteral_0= 'CUSTOMER_CONTACT_CENTRE' )
                    // InternalKlantreis.g:3476:4: enumLiteral_0= 'CUSTOMER_CONTACT_CENTRE'
                    {
                    enumLiteral_0=(Token)match(input,138,FOLLOW_2); 

                    				current = grammarAccess.getOrganisationKindAccess().getCUSTOMER_CONTACT_CENTREEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getOrganisationKindAccess().getCUSTOMER_CONTACT_CENTREEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalKlantreis.g:3483:3: (enumLiteral_1= 'WORK_AND_INCOME' )
                    {
                    // InternalKlantreis.g:3483:3: (enumLiteral_1= 'WORK_AND_INCOME' )
                    // InternalKlantreis.g:3484:4: enumLiteral_1= 'WORK_AND_INCOME'
                    {
                    enumLiteral_1=(Token)match(input,139,FOLLOW_2); 

                    				current = grammarAccess.getOrganisationKindAccess().getWORK_AND_INCOMEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getOrganisationKindAccess().getWORK_AND_INCOMEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalKlantreis.g:3491:3: (enumLiteral_2= 'SOCIAL_SUPPORT' )
                    {
                    // InternalKlantreis.g:3491:3: (enumLiteral_2= 'SOCIAL_SUPPORT' )
                    // InternalKlantreis.g:3492:4: enumLiteral_2= 'SOCIAL_SUPPORT'
                    {
                    enumLiteral_2=(Token)match(input,140,FOLLOW_2); 

                    				current = grammarAccess.getOrganisationKindAccess().getSOCIAL_SUPPORTEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getOrganisationKindAccess().getSOCIAL_SUPPORTEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalKlantreis.g:3499:3: (enumLiteral_3= 'INTEGRATION' )
                    {
                    // InternalKlantreis.g:3499:3: (enumLiteral_3= 'INTEGRATION' )
                    // InternalKlantreis.g:3500:4: enumLiteral_3= 'INTEGRATION'
                    {
                    enumLiteral_3=(Token)match(input,141,FOLLOW_2); 

                    				current = grammarAccess.getOrganisationKindAccess().getINTEGRATIONEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getOrganisationKindAccess().getINTEGRATIONEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalKlantreis.g:3507:3: (enumLiteral_4= 'PUBLIC_HEALTH' )
                    {
                    // InternalKlantreis.g:3507:3: (enumLiteral_4= 'PUBLIC_HEALTH' )
                    // InternalKlantreis.g:3508:4: enumLiteral_4= 'PUBLIC_HEALTH'
                    {
                    enumLiteral_4=(Token)match(input,142,FOLLOW_2); 

                    				current = grammarAccess.getOrganisationKindAccess().getPUBLIC_HEALTHEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getOrganisationKindAccess().getPUBLIC_HEALTHEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;
                case 6 :
                    // InternalKlantreis.g:3515:3: (enumLiteral_5= 'GENERAL_PRACTITIONER' )
                    {
                    // InternalKlantreis.g:3515:3: (enumLiteral_5= 'GENERAL_PRACTITIONER' )
                    // InternalKlantreis.g:3516:4: enumLiteral_5= 'GENERAL_PRACTITIONER'
                    {
                    enumLiteral_5=(Token)match(input,143,FOLLOW_2); 

                    				current = grammarAccess.getOrganisationKindAccess().getGENERAL_PRACTITIONEREnumLiteralDeclaration_5().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_5, grammarAccess.getOrganisationKindAccess().getGENERAL_PRACTITIONEREnumLiteralDeclaration_5());
                    			

                    }


                    }
                    break;
                case 7 :
                    // InternalKlantreis.g:3523:3: (enumLiteral_6= 'MENTAL_HEALTH_CARE' )
                    {
                    // InternalKlantreis.g:3523:3: (enumLiteral_6= 'MENTAL_HEALTH_CARE' )
                    // InternalKlantreis.g:3524:4: enumLiteral_6= 'MENTAL_HEALTH_CARE'
                    {
                    enumLiteral_6=(Token)match(input,144,FOLLOW_2); 

                    				current = grammarAccess.getOrganisationKindAccess().getMENTAL_HEALTH_CAREEnumLiteralDeclaration_6().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_6, grammarAccess.getOrganisationKindAccess().getMENTAL_HEALTH_CAREEnumLiteralDeclaration_6());
                    			

                    }


                    }
                    break;
                case 8 :
                    // InternalKlantreis.g:3531:3: (enumLiteral_7= 'DISTRICT_NURSING' )
                    {
                    // InternalKlantreis.g:3531:3: (enumLiteral_7= 'DISTRICT_NURSING' )
                    // InternalKlantreis.g:3532:4: enumLiteral_7= 'DISTRICT_NURSING'
                    {
                    enumLiteral_7=(Token)match(input,145,FOLLOW_2); 

                    				current = grammarAccess.getOrganisationKindAccess().getDISTRICT_NURSINGEnumLiteralDeclaration_7().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_7, grammarAccess.getOrganisationKindAccess().getDISTRICT_NURSINGEnumLiteralDeclaration_7());
                    			

                    }


                    }
                    break;
                case 9 :
                    // InternalKlantreis.g:3539:3: (enumLiteral_8= 'YOUTH_AND_FAMILY' )
                    {
                    // InternalKlantreis.g:3539:3: (enumLiteral_8= 'YOUTH_AND_FAMILY' )
                    // InternalKlantreis.g:3540:4: enumLiteral_8= 'YOUTH_AND_FAMILY'
                    {
                    enumLiteral_8=(Token)match(input,146,FOLLOW_2); 

                    				current = grammarAccess.getOrganisationKindAccess().getYOUTH_AND_FAMILYEnumLiteralDeclaration_8().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_8, grammarAccess.getOrganisationKindAccess().getYOUTH_AND_FAMILYEnumLiteralDeclaration_8());
                    			

                    }


                    }
                    break;
                case 10 :
                    // InternalKlantreis.g:3547:3: (enumLiteral_9= 'REFUGEE_SUPPORT' )
                    {
                    // InternalKlantreis.g:3547:3: (enumLiteral_9= 'REFUGEE_SUPPORT' )
                    // InternalKlantreis.g:3548:4: enumLiteral_9= 'REFUGEE_SUPPORT'
                    {
                    enumLiteral_9=(Token)match(input,147,FOLLOW_2); 

                    				current = grammarAccess.getOrganisationKindAccess().getREFUGEE_SUPPORTEnumLiteralDeclaration_9().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_9, grammarAccess.getOrganisationKindAccess().getREFUGEE_SUPPORTEnumLiteralDeclaration_9());
                    			

                    }


                    }
                    break;
                case 11 :
                    // InternalKlantreis.g:3555:3: (enumLiteral_10= 'SCHOOL' )
                    {
                    // InternalKlantreis.g:3555:3: (enumLiteral_10= 'SCHOOL' )
                    // InternalKlantreis.g:3556:4: enumLiteral_10= 'SCHOOL'
                    {
                    enumLiteral_10=(Token)match(input,91,FOLLOW_2); 

                    				current = grammarAccess.getOrganisationKindAccess().getSCHOOLEnumLiteralDeclaration_10().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_10, grammarAccess.getOrganisationKindAccess().getSCHOOLEnumLiteralDeclaration_10());
                    			

                    }


                    }
                    break;
                case 12 :
                    // InternalKlantreis.g:3563:3: (enumLiteral_11= 'EMPLOYER' )
                    {
                    // InternalKlantreis.g:3563:3: (enumLiteral_11= 'EMPLOYER' )
                    // InternalKlantreis.g:3564:4: enumLiteral_11= 'EMPLOYER'
                    {
                    enumLiteral_11=(Token)match(input,148,FOLLOW_2); 

                    				current = grammarAccess.getOrganisationKindAccess().getEMPLOYEREnumLiteralDeclaration_11().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_11, grammarAccess.getOrganisationKindAccess().getEMPLOYEREnumLiteralDeclaration_11());
                    			

                    }


                    }
                    break;
                case 13 :
                    // InternalKlantreis.g:3571:3: (enumLiteral_12= 'WELFARE' )
                    {
                    // InternalKlantreis.g:3571:3: (enumLiteral_12= 'WELFARE' )
                    // InternalKlantreis.g:3572:4: enumLiteral_12= 'WELFARE'
                    {
                    enumLiteral_12=(Token)match(input,149,FOLLOW_2); 

                    				current = grammarAccess.getOrganisationKindAccess().getWELFAREEnumLiteralDeclaration_12().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_12, grammarAccess.getOrganisationKindAccess().getWELFAREEnumLiteralDeclaration_12());
                    			

                    }


                    }
                    break;
                case 14 :
                    // InternalKlantreis.g:3579:3: (enumLiteral_13= 'MIGRANT_ORGANISATION' )
                    {
                    // InternalKlantreis.g:3579:3: (enumLiteral_13= 'MIGRANT_ORGANISATION' )
                    // InternalKlantreis.g:3580:4: enumLiteral_13= 'MIGRANT_ORGANISATION'
                    {
                    enumLiteral_13=(Token)match(input,150,FOLLOW_2); 

                    				current = grammarAccess.getOrganisationKindAccess().getMIGRANT_ORGANISATIONEnumLiteralDeclaration_13().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_13, grammarAccess.getOrganisationKindAccess().getMIGRANT_ORGANISATIONEnumLiteralDeclaration_13());
                    			

                    }


                    }
                    break;
                case 15 :
                    // InternalKlantreis.g:3587:3: (enumLiteral_14= 'HOUSING_CORPORATION' )
                    {
                    // InternalKlantreis.g:3587:3: (enumLiteral_14= 'HOUSING_CORPORATION' )
                    // InternalKlantreis.g:3588:4: enumLiteral_14= 'HOUSING_CORPORATION'
                    {
                    enumLiteral_14=(Token)match(input,151,FOLLOW_2); 

                    				current = grammarAccess.getOrganisationKindAccess().getHOUSING_CORPORATIONEnumLiteralDeclaration_14().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_14, grammarAccess.getOrganisationKindAccess().getHOUSING_CORPORATIONEnumLiteralDeclaration_14());
                    			

                    }


                    }
                    break;
                case 16 :
                    // InternalKlantreis.g:3595:3: (enumLiteral_15= 'RECEPTION_CENTRE' )
                    {
                    // InternalKlantreis.g:3595:3: (enumLiteral_15= 'RECEPTION_CENTRE' )
                    // InternalKlantreis.g:3596:4: enumLiteral_15= 'RECEPTION_CENTRE'
                    {
                    enumLiteral_15=(Token)match(input,152,FOLLOW_2); 

                    				current = grammarAccess.getOrganisationKindAccess().getRECEPTION_CENTREEnumLiteralDeclaration_15().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_15, grammarAccess.getOrganisationKindAccess().getRECEPTION_CENTREEnumLiteralDeclaration_15());
                    			

                    }


                    }
                    break;
                case 17 :
                    // InternalKlantreis.g:3603:3: (enumLiteral_16= 'OTHER' )
                    {
                    // InternalKlantreis.g:3603:3: (enumLiteral_16= 'OTHER' )
                    // InternalKlantreis.g:3604:4: enumLiteral_16= 'OTHER'
                    {
                    enumLiteral_16=(Token)match(input,97,FOLLOW_2); 

                    				current = grammarAccess.getOrganisationKindAccess().getOTHEREnumLiteralDeclaration_16().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_16, grammarAccess.getOrganisationKindAccess().getOTHEREnumLiteralDeclaration_16());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleOrganisationKind"


    // $ANTLR start "ruleDutchLevel"
    // InternalKlantreis.g:3614:1: ruleDutchLevel returns [Enumerator current=null] : ( (enumLiteral_0= 'NONE' ) | (enumLiteral_1= 'A1' ) | (enumLiteral_2= 'A2' ) | (enumLiteral_3= 'B1' ) | (enumLiteral_4= 'B2' ) | (enumLiteral_5= 'C1' ) | (enumLiteral_6= 'C2' ) ) ;
    public final Enumerator ruleDutchLevel() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;
        Token enumLiteral_5=null;
        Token enumLiteral_6=null;


        	enterRule();

        try {
            // InternalKlantreis.g:3620:2: ( ( (enumLiteral_0= 'NONE' ) | (enumLiteral_1= 'A1' ) | (enumLiteral_2= 'A2' ) | (enumLiteral_3= 'B1' ) | (enumLiteral_4= 'B2' ) | (enumLiteral_5= 'C1' ) | (enumLiteral_6= 'C2' ) ) )
            // InternalKlantreis.g:3621:2: ( (enumLiteral_0= 'NONE' ) | (enumLiteral_1= 'A1' ) | (enumLiteral_2= 'A2' ) | (enumLiteral_3= 'B1' ) | (enumLiteral_4= 'B2' ) | (enumLiteral_5= 'C1' ) | (enumLiteral_6= 'C2' ) )
            {
            // InternalKlantreis.g:3621:2: ( (enumLiteral_0= 'NONE' ) | (enumLiteral_1= 'A1' ) | (enumLiteral_2= 'A2' ) | (enumLiteral_3= 'B1' ) | (enumLiteral_4= 'B2' ) | (enumLiteral_5= 'C1' ) | (enumLiteral_6= 'C2' ) )
            int alt99=7;
            switch ( input.LA(1) ) {
            case 118:
                {
                alt99=1;
                }
                break;
            case 153:
                {
                alt99=2;
                }
                break;
            case 154:
                {
                alt99=3;
                }
                break;
            case 155:
                {
                alt99=4;
                }
                break;
            case 156:
                {
                alt99=5;
                }
                break;
            case 157:
                {
                alt99=6;
                }
                break;
            case 158:
                {
                alt99=7;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 99, 0, input);

                throw nvae;
            }

            switch (alt99) {
                case 1 :
                    // InternalKlantreis.g:3622:3: (enumLiteral_0= 'NONE' )
                    {
                    // InternalKlantreis.g:3622:3: (enumLiteral_0= 'NONE' )
                    // InternalKlantreis.g:3623:4: enumLiteral_0= 'NONE'
                    {
                    enumLiteral_0=(Token)match(input,118,FOLLOW_2); 

                    				current = grammarAccess.getDutchLevelAccess().getNONEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getDutchLevelAccess().getNONEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalKlantreis.g:3630:3: (enumLiteral_1= 'A1' )
                    {
                    // InternalKlantreis.g:3630:3: (enumLiteral_1= 'A1' )
                    // InternalKlantreis.g:3631:4: enumLiteral_1= 'A1'
                    {
                    enumLiteral_1=(Token)match(input,153,FOLLOW_2); 

                    				current = grammarAccess.getDutchLevelAccess().getA1EnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getDutchLevelAccess().getA1EnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalKlantreis.g:3638:3: (enumLiteral_2= 'A2' )
                    {
                    // InternalKlantreis.g:3638:3: (enumLiteral_2= 'A2' )
                    // InternalKlantreis.g:3639:4: enumLiteral_2= 'A2'
                    {
                    enumLiteral_2=(Token)match(input,154,FOLLOW_2); 

                    				current = grammarAccess.getDutchLevelAccess().getA2EnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getDutchLevelAccess().getA2EnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalKlantreis.g:3646:3: (enumLiteral_3= 'B1' )
                    {
                    // InternalKlantreis.g:3646:3: (enumLiteral_3= 'B1' )
                    // InternalKlantreis.g:3647:4: enumLiteral_3= 'B1'
                    {
                    enumLiteral_3=(Token)match(input,155,FOLLOW_2); 

                    				current = grammarAccess.getDutchLevelAccess().getB1EnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getDutchLevelAccess().getB1EnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalKlantreis.g:3654:3: (enumLiteral_4= 'B2' )
                    {
                    // InternalKlantreis.g:3654:3: (enumLiteral_4= 'B2' )
                    // InternalKlantreis.g:3655:4: enumLiteral_4= 'B2'
                    {
                    enumLiteral_4=(Token)match(input,156,FOLLOW_2); 

                    				current = grammarAccess.getDutchLevelAccess().getB2EnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getDutchLevelAccess().getB2EnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;
                case 6 :
                    // InternalKlantreis.g:3662:3: (enumLiteral_5= 'C1' )
                    {
                    // InternalKlantreis.g:3662:3: (enumLiteral_5= 'C1' )
                    // InternalKlantreis.g:3663:4: enumLiteral_5= 'C1'
                    {
                    enumLiteral_5=(Token)match(input,157,FOLLOW_2); 

                    				current = grammarAccess.getDutchLevelAccess().getC1EnumLiteralDeclaration_5().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_5, grammarAccess.getDutchLevelAccess().getC1EnumLiteralDeclaration_5());
                    			

                    }


                    }
                    break;
                case 7 :
                    // InternalKlantreis.g:3670:3: (enumLiteral_6= 'C2' )
                    {
                    // InternalKlantreis.g:3670:3: (enumLiteral_6= 'C2' )
                    // InternalKlantreis.g:3671:4: enumLiteral_6= 'C2'
                    {
                    enumLiteral_6=(Token)match(input,158,FOLLOW_2); 

                    				current = grammarAccess.getDutchLevelAccess().getC2EnumLiteralDeclaration_6().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_6, grammarAccess.getDutchLevelAccess().getC2EnumLiteralDeclaration_6());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleDutchLevel"


    // $ANTLR start "ruleSkillLevel"
    // InternalKlantreis.g:3681:1: ruleSkillLevel returns [Enumerator current=null] : ( (enumLiteral_0= 'UNKNOWN' ) | (enumLiteral_1= 'NONE' ) | (enumLiteral_2= 'LIMITED' ) | (enumLiteral_3= 'ADEQUATE' ) ) ;
    public final Enumerator ruleSkillLevel() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalKlantreis.g:3687:2: ( ( (enumLiteral_0= 'UNKNOWN' ) | (enumLiteral_1= 'NONE' ) | (enumLiteral_2= 'LIMITED' ) | (enumLiteral_3= 'ADEQUATE' ) ) )
            // InternalKlantreis.g:3688:2: ( (enumLiteral_0= 'UNKNOWN' ) | (enumLiteral_1= 'NONE' ) | (enumLiteral_2= 'LIMITED' ) | (enumLiteral_3= 'ADEQUATE' ) )
            {
            // InternalKlantreis.g:3688:2: ( (enumLiteral_0= 'UNKNOWN' ) | (enumLiteral_1= 'NONE' ) | (enumLiteral_2= 'LIMITED' ) | (enumLiteral_3= 'ADEQUATE' ) )
            int alt100=4;
            switch ( input.LA(1) ) {
            case 159:
                {
                alt100=1;
                }
                break;
            case 118:
                {
                alt100=2;
                }
                break;
            case 160:
                {
                alt100=3;
                }
                break;
            case 161:
                {
                alt100=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 100, 0, input);

                throw nvae;
            }

            switch (alt100) {
                case 1 :
                    // InternalKlantreis.g:3689:3: (enumLiteral_0= 'UNKNOWN' )
                    {
                    // InternalKlantreis.g:3689:3: (enumLiteral_0= 'UNKNOWN' )
                    // InternalKlantreis.g:3690:4: enumLiteral_0= 'UNKNOWN'
                    {
                    enumLiteral_0=(Token)match(input,159,FOLLOW_2); 

                    				current = grammarAccess.getSkillLevelAccess().getUNKNOWNEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getSkillLevelAccess().getUNKNOWNEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalKlantreis.g:3697:3: (enumLiteral_1= 'NONE' )
                    {
                    // InternalKlantreis.g:3697:3: (enumLiteral_1= 'NONE' )
                    // InternalKlantreis.g:3698:4: enumLiteral_1= 'NONE'
                    {
                    enumLiteral_1=(Token)match(input,118,FOLLOW_2); 

                    				current = grammarAccess.getSkillLevelAccess().getNONEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getSkillLevelAccess().getNONEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalKlantreis.g:3705:3: (enumLiteral_2= 'LIMITED' )
                    {
                    // InternalKlantreis.g:3705:3: (enumLiteral_2= 'LIMITED' )
                    // InternalKlantreis.g:3706:4: enumLiteral_2= 'LIMITED'
                    {
                    enumLiteral_2=(Token)match(input,160,FOLLOW_2); 

                    				current = grammarAccess.getSkillLevelAccess().getLIMITEDEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getSkillLevelAccess().getLIMITEDEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalKlantreis.g:3713:3: (enumLiteral_3= 'ADEQUATE' )
                    {
                    // InternalKlantreis.g:3713:3: (enumLiteral_3= 'ADEQUATE' )
                    // InternalKlantreis.g:3714:4: enumLiteral_3= 'ADEQUATE'
                    {
                    enumLiteral_3=(Token)match(input,161,FOLLOW_2); 

                    				current = grammarAccess.getSkillLevelAccess().getADEQUATEEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getSkillLevelAccess().getADEQUATEEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSkillLevel"


    // $ANTLR start "ruleHousehold"
    // InternalKlantreis.g:3724:1: ruleHousehold returns [Enumerator current=null] : ( (enumLiteral_0= 'SINGLE' ) | (enumLiteral_1= 'COUPLE' ) | (enumLiteral_2= 'FAMILY' ) | (enumLiteral_3= 'SINGLE_PARENT' ) | (enumLiteral_4= 'AWAITING_REUNIFICATION' ) ) ;
    public final Enumerator ruleHousehold() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;


        	enterRule();

        try {
            // InternalKlantreis.g:3730:2: ( ( (enumLiteral_0= 'SINGLE' ) | (enumLiteral_1= 'COUPLE' ) | (enumLiteral_2= 'FAMILY' ) | (enumLiteral_3= 'SINGLE_PARENT' ) | (enumLiteral_4= 'AWAITING_REUNIFICATION' ) ) )
            // InternalKlantreis.g:3731:2: ( (enumLiteral_0= 'SINGLE' ) | (enumLiteral_1= 'COUPLE' ) | (enumLiteral_2= 'FAMILY' ) | (enumLiteral_3= 'SINGLE_PARENT' ) | (enumLiteral_4= 'AWAITING_REUNIFICATION' ) )
            {
            // InternalKlantreis.g:3731:2: ( (enumLiteral_0= 'SINGLE' ) | (enumLiteral_1= 'COUPLE' ) | (enumLiteral_2= 'FAMILY' ) | (enumLiteral_3= 'SINGLE_PARENT' ) | (enumLiteral_4= 'AWAITING_REUNIFICATION' ) )
            int alt101=5;
            switch ( input.LA(1) ) {
            case 162:
                {
                alt101=1;
                }
                break;
            case 163:
                {
                alt101=2;
                }
                break;
            case 122:
                {
                alt101=3;
                }
                break;
            case 164:
                {
                alt101=4;
                }
                break;
            case 165:
                {
                alt101=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 101, 0, input);

                throw nvae;
            }

            switch (alt101) {
                case 1 :
                    // InternalKlantreis.g:3732:3: (enumLiteral_0= 'SINGLE' )
                    {
                    // InternalKlantreis.g:3732:3: (enumLiteral_0= 'SINGLE' )
                    // InternalKlantreis.g:3733:4: enumLiteral_0= 'SINGLE'
                    {
                    enumLiteral_0=(Token)match(input,162,FOLLOW_2); 

                    				current = grammarAccess.getHouseholdAccess().getSINGLEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getHouseholdAccess().getSINGLEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalKlantreis.g:3740:3: (enumLiteral_1= 'COUPLE' )
                    {
                    // InternalKlantreis.g:3740:3: (enumLiteral_1= 'COUPLE' )
                    // InternalKlantreis.g:3741:4: enumLiteral_1= 'COUPLE'
                    {
                    enumLiteral_1=(Token)match(input,163,FOLLOW_2); 

                    				current = grammarAccess.getHouseholdAccess().getCOUPLEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getHouseholdAccess().getCOUPLEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalKlantreis.g:3748:3: (enumLiteral_2= 'FAMILY' )
                    {
                    // InternalKlantreis.g:3748:3: (enumLiteral_2= 'FAMILY' )
                    // InternalKlantreis.g:3749:4: enumLiteral_2= 'FAMILY'
                    {
                    enumLiteral_2=(Token)match(input,122,FOLLOW_2); 

                    				current = grammarAccess.getHouseholdAccess().getFAMILYEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getHouseholdAccess().getFAMILYEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalKlantreis.g:3756:3: (enumLiteral_3= 'SINGLE_PARENT' )
                    {
                    // InternalKlantreis.g:3756:3: (enumLiteral_3= 'SINGLE_PARENT' )
                    // InternalKlantreis.g:3757:4: enumLiteral_3= 'SINGLE_PARENT'
                    {
                    enumLiteral_3=(Token)match(input,164,FOLLOW_2); 

                    				current = grammarAccess.getHouseholdAccess().getSINGLE_PARENTEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getHouseholdAccess().getSINGLE_PARENTEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalKlantreis.g:3764:3: (enumLiteral_4= 'AWAITING_REUNIFICATION' )
                    {
                    // InternalKlantreis.g:3764:3: (enumLiteral_4= 'AWAITING_REUNIFICATION' )
                    // InternalKlantreis.g:3765:4: enumLiteral_4= 'AWAITING_REUNIFICATION'
                    {
                    enumLiteral_4=(Token)match(input,165,FOLLOW_2); 

                    				current = grammarAccess.getHouseholdAccess().getAWAITING_REUNIFICATIONEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getHouseholdAccess().getAWAITING_REUNIFICATIONEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleHousehold"


    // $ANTLR start "ruleGender"
    // InternalKlantreis.g:3775:1: ruleGender returns [Enumerator current=null] : ( (enumLiteral_0= 'UNSPECIFIED' ) | (enumLiteral_1= 'FEMALE' ) | (enumLiteral_2= 'MALE' ) | (enumLiteral_3= 'OTHER' ) ) ;
    public final Enumerator ruleGender() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;


        	enterRule();

        try {
            // InternalKlantreis.g:3781:2: ( ( (enumLiteral_0= 'UNSPECIFIED' ) | (enumLiteral_1= 'FEMALE' ) | (enumLiteral_2= 'MALE' ) | (enumLiteral_3= 'OTHER' ) ) )
            // InternalKlantreis.g:3782:2: ( (enumLiteral_0= 'UNSPECIFIED' ) | (enumLiteral_1= 'FEMALE' ) | (enumLiteral_2= 'MALE' ) | (enumLiteral_3= 'OTHER' ) )
            {
            // InternalKlantreis.g:3782:2: ( (enumLiteral_0= 'UNSPECIFIED' ) | (enumLiteral_1= 'FEMALE' ) | (enumLiteral_2= 'MALE' ) | (enumLiteral_3= 'OTHER' ) )
            int alt102=4;
            switch ( input.LA(1) ) {
            case 166:
                {
                alt102=1;
                }
                break;
            case 167:
                {
                alt102=2;
                }
                break;
            case 168:
                {
                alt102=3;
                }
                break;
            case 97:
                {
                alt102=4;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 102, 0, input);

                throw nvae;
            }

            switch (alt102) {
                case 1 :
                    // InternalKlantreis.g:3783:3: (enumLiteral_0= 'UNSPECIFIED' )
                    {
                    // InternalKlantreis.g:3783:3: (enumLiteral_0= 'UNSPECIFIED' )
                    // InternalKlantreis.g:3784:4: enumLiteral_0= 'UNSPECIFIED'
                    {
                    enumLiteral_0=(Token)match(input,166,FOLLOW_2); 

                    				current = grammarAccess.getGenderAccess().getUNSPECIFIEDEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getGenderAccess().getUNSPECIFIEDEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalKlantreis.g:3791:3: (enumLiteral_1= 'FEMALE' )
                    {
                    // InternalKlantreis.g:3791:3: (enumLiteral_1= 'FEMALE' )
                    // InternalKlantreis.g:3792:4: enumLiteral_1= 'FEMALE'
                    {
                    enumLiteral_1=(Token)match(input,167,FOLLOW_2); 

                    				current = grammarAccess.getGenderAccess().getFEMALEEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getGenderAccess().getFEMALEEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalKlantreis.g:3799:3: (enumLiteral_2= 'MALE' )
                    {
                    // InternalKlantreis.g:3799:3: (enumLiteral_2= 'MALE' )
                    // InternalKlantreis.g:3800:4: enumLiteral_2= 'MALE'
                    {
                    enumLiteral_2=(Token)match(input,168,FOLLOW_2); 

                    				current = grammarAccess.getGenderAccess().getMALEEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getGenderAccess().getMALEEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalKlantreis.g:3807:3: (enumLiteral_3= 'OTHER' )
                    {
                    // InternalKlantreis.g:3807:3: (enumLiteral_3= 'OTHER' )
                    // InternalKlantreis.g:3808:4: enumLiteral_3= 'OTHER'
                    {
                    enumLiteral_3=(Token)match(input,97,FOLLOW_2); 

                    				current = grammarAccess.getGenderAccess().getOTHEREnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getGenderAccess().getOTHEREnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleGender"


    // $ANTLR start "ruleKeyPersonRole"
    // InternalKlantreis.g:3818:1: ruleKeyPersonRole returns [Enumerator current=null] : ( (enumLiteral_0= 'EDUCATOR' ) | (enumLiteral_1= 'ADVISOR' ) | (enumLiteral_2= 'MEDIATOR' ) | (enumLiteral_3= 'SCOUT' ) | (enumLiteral_4= 'ACTIVATOR' ) ) ;
    public final Enumerator ruleKeyPersonRole() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;


        	enterRule();

        try {
            // InternalKlantreis.g:3824:2: ( ( (enumLiteral_0= 'EDUCATOR' ) | (enumLiteral_1= 'ADVISOR' ) | (enumLiteral_2= 'MEDIATOR' ) | (enumLiteral_3= 'SCOUT' ) | (enumLiteral_4= 'ACTIVATOR' ) ) )
            // InternalKlantreis.g:3825:2: ( (enumLiteral_0= 'EDUCATOR' ) | (enumLiteral_1= 'ADVISOR' ) | (enumLiteral_2= 'MEDIATOR' ) | (enumLiteral_3= 'SCOUT' ) | (enumLiteral_4= 'ACTIVATOR' ) )
            {
            // InternalKlantreis.g:3825:2: ( (enumLiteral_0= 'EDUCATOR' ) | (enumLiteral_1= 'ADVISOR' ) | (enumLiteral_2= 'MEDIATOR' ) | (enumLiteral_3= 'SCOUT' ) | (enumLiteral_4= 'ACTIVATOR' ) )
            int alt103=5;
            switch ( input.LA(1) ) {
            case 169:
                {
                alt103=1;
                }
                break;
            case 170:
                {
                alt103=2;
                }
                break;
            case 171:
                {
                alt103=3;
                }
                break;
            case 172:
                {
                alt103=4;
                }
                break;
            case 173:
                {
                alt103=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 103, 0, input);

                throw nvae;
            }

            switch (alt103) {
                case 1 :
                    // InternalKlantreis.g:3826:3: (enumLiteral_0= 'EDUCATOR' )
                    {
                    // InternalKlantreis.g:3826:3: (enumLiteral_0= 'EDUCATOR' )
                    // InternalKlantreis.g:3827:4: enumLiteral_0= 'EDUCATOR'
                    {
                    enumLiteral_0=(Token)match(input,169,FOLLOW_2); 

                    				current = grammarAccess.getKeyPersonRoleAccess().getEDUCATOREnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getKeyPersonRoleAccess().getEDUCATOREnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalKlantreis.g:3834:3: (enumLiteral_1= 'ADVISOR' )
                    {
                    // InternalKlantreis.g:3834:3: (enumLiteral_1= 'ADVISOR' )
                    // InternalKlantreis.g:3835:4: enumLiteral_1= 'ADVISOR'
                    {
                    enumLiteral_1=(Token)match(input,170,FOLLOW_2); 

                    				current = grammarAccess.getKeyPersonRoleAccess().getADVISOREnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getKeyPersonRoleAccess().getADVISOREnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalKlantreis.g:3842:3: (enumLiteral_2= 'MEDIATOR' )
                    {
                    // InternalKlantreis.g:3842:3: (enumLiteral_2= 'MEDIATOR' )
                    // InternalKlantreis.g:3843:4: enumLiteral_2= 'MEDIATOR'
                    {
                    enumLiteral_2=(Token)match(input,171,FOLLOW_2); 

                    				current = grammarAccess.getKeyPersonRoleAccess().getMEDIATOREnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getKeyPersonRoleAccess().getMEDIATOREnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalKlantreis.g:3850:3: (enumLiteral_3= 'SCOUT' )
                    {
                    // InternalKlantreis.g:3850:3: (enumLiteral_3= 'SCOUT' )
                    // InternalKlantreis.g:3851:4: enumLiteral_3= 'SCOUT'
                    {
                    enumLiteral_3=(Token)match(input,172,FOLLOW_2); 

                    				current = grammarAccess.getKeyPersonRoleAccess().getSCOUTEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getKeyPersonRoleAccess().getSCOUTEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalKlantreis.g:3858:3: (enumLiteral_4= 'ACTIVATOR' )
                    {
                    // InternalKlantreis.g:3858:3: (enumLiteral_4= 'ACTIVATOR' )
                    // InternalKlantreis.g:3859:4: enumLiteral_4= 'ACTIVATOR'
                    {
                    enumLiteral_4=(Token)match(input,173,FOLLOW_2); 

                    				current = grammarAccess.getKeyPersonRoleAccess().getACTIVATOREnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getKeyPersonRoleAccess().getACTIVATOREnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleKeyPersonRole"


    // $ANTLR start "ruleContractKind"
    // InternalKlantreis.g:3869:1: ruleContractKind returns [Enumerator current=null] : ( (enumLiteral_0= 'NONE' ) | (enumLiteral_1= 'VOLUNTEER' ) | (enumLiteral_2= 'EMPLOYMENT' ) ) ;
    public final Enumerator ruleContractKind() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalKlantreis.g:3875:2: ( ( (enumLiteral_0= 'NONE' ) | (enumLiteral_1= 'VOLUNTEER' ) | (enumLiteral_2= 'EMPLOYMENT' ) ) )
            // InternalKlantreis.g:3876:2: ( (enumLiteral_0= 'NONE' ) | (enumLiteral_1= 'VOLUNTEER' ) | (enumLiteral_2= 'EMPLOYMENT' ) )
            {
            // InternalKlantreis.g:3876:2: ( (enumLiteral_0= 'NONE' ) | (enumLiteral_1= 'VOLUNTEER' ) | (enumLiteral_2= 'EMPLOYMENT' ) )
            int alt104=3;
            switch ( input.LA(1) ) {
            case 118:
                {
                alt104=1;
                }
                break;
            case 174:
                {
                alt104=2;
                }
                break;
            case 175:
                {
                alt104=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 104, 0, input);

                throw nvae;
            }

            switch (alt104) {
                case 1 :
                    // InternalKlantreis.g:3877:3: (enumLiteral_0= 'NONE' )
                    {
                    // InternalKlantreis.g:3877:3: (enumLiteral_0= 'NONE' )
                    // InternalKlantreis.g:3878:4: enumLiteral_0= 'NONE'
                    {
                    enumLiteral_0=(Token)match(input,118,FOLLOW_2); 

                    				current = grammarAccess.getContractKindAccess().getNONEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getContractKindAccess().getNONEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalKlantreis.g:3885:3: (enumLiteral_1= 'VOLUNTEER' )
                    {
                    // InternalKlantreis.g:3885:3: (enumLiteral_1= 'VOLUNTEER' )
                    // InternalKlantreis.g:3886:4: enumLiteral_1= 'VOLUNTEER'
                    {
                    enumLiteral_1=(Token)match(input,174,FOLLOW_2); 

                    				current = grammarAccess.getContractKindAccess().getVOLUNTEEREnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getContractKindAccess().getVOLUNTEEREnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalKlantreis.g:3893:3: (enumLiteral_2= 'EMPLOYMENT' )
                    {
                    // InternalKlantreis.g:3893:3: (enumLiteral_2= 'EMPLOYMENT' )
                    // InternalKlantreis.g:3894:4: enumLiteral_2= 'EMPLOYMENT'
                    {
                    enumLiteral_2=(Token)match(input,175,FOLLOW_2); 

                    				current = grammarAccess.getContractKindAccess().getEMPLOYMENTEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getContractKindAccess().getEMPLOYMENTEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleContractKind"


    // $ANTLR start "ruleImprovementStatus"
    // InternalKlantreis.g:3904:1: ruleImprovementStatus returns [Enumerator current=null] : ( (enumLiteral_0= 'PROPOSED' ) | (enumLiteral_1= 'AGREED' ) | (enumLiteral_2= 'IN_PROGRESS' ) | (enumLiteral_3= 'DONE' ) | (enumLiteral_4= 'DROPPED' ) ) ;
    public final Enumerator ruleImprovementStatus() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;


        	enterRule();

        try {
            // InternalKlantreis.g:3910:2: ( ( (enumLiteral_0= 'PROPOSED' ) | (enumLiteral_1= 'AGREED' ) | (enumLiteral_2= 'IN_PROGRESS' ) | (enumLiteral_3= 'DONE' ) | (enumLiteral_4= 'DROPPED' ) ) )
            // InternalKlantreis.g:3911:2: ( (enumLiteral_0= 'PROPOSED' ) | (enumLiteral_1= 'AGREED' ) | (enumLiteral_2= 'IN_PROGRESS' ) | (enumLiteral_3= 'DONE' ) | (enumLiteral_4= 'DROPPED' ) )
            {
            // InternalKlantreis.g:3911:2: ( (enumLiteral_0= 'PROPOSED' ) | (enumLiteral_1= 'AGREED' ) | (enumLiteral_2= 'IN_PROGRESS' ) | (enumLiteral_3= 'DONE' ) | (enumLiteral_4= 'DROPPED' ) )
            int alt105=5;
            switch ( input.LA(1) ) {
            case 176:
                {
                alt105=1;
                }
                break;
            case 177:
                {
                alt105=2;
                }
                break;
            case 178:
                {
                alt105=3;
                }
                break;
            case 179:
                {
                alt105=4;
                }
                break;
            case 180:
                {
                alt105=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 105, 0, input);

                throw nvae;
            }

            switch (alt105) {
                case 1 :
                    // InternalKlantreis.g:3912:3: (enumLiteral_0= 'PROPOSED' )
                    {
                    // InternalKlantreis.g:3912:3: (enumLiteral_0= 'PROPOSED' )
                    // InternalKlantreis.g:3913:4: enumLiteral_0= 'PROPOSED'
                    {
                    enumLiteral_0=(Token)match(input,176,FOLLOW_2); 

                    				current = grammarAccess.getImprovementStatusAccess().getPROPOSEDEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getImprovementStatusAccess().getPROPOSEDEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalKlantreis.g:3920:3: (enumLiteral_1= 'AGREED' )
                    {
                    // InternalKlantreis.g:3920:3: (enumLiteral_1= 'AGREED' )
                    // InternalKlantreis.g:3921:4: enumLiteral_1= 'AGREED'
                    {
                    enumLiteral_1=(Token)match(input,177,FOLLOW_2); 

                    				current = grammarAccess.getImprovementStatusAccess().getAGREEDEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getImprovementStatusAccess().getAGREEDEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalKlantreis.g:3928:3: (enumLiteral_2= 'IN_PROGRESS' )
                    {
                    // InternalKlantreis.g:3928:3: (enumLiteral_2= 'IN_PROGRESS' )
                    // InternalKlantreis.g:3929:4: enumLiteral_2= 'IN_PROGRESS'
                    {
                    enumLiteral_2=(Token)match(input,178,FOLLOW_2); 

                    				current = grammarAccess.getImprovementStatusAccess().getIN_PROGRESSEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getImprovementStatusAccess().getIN_PROGRESSEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalKlantreis.g:3936:3: (enumLiteral_3= 'DONE' )
                    {
                    // InternalKlantreis.g:3936:3: (enumLiteral_3= 'DONE' )
                    // InternalKlantreis.g:3937:4: enumLiteral_3= 'DONE'
                    {
                    enumLiteral_3=(Token)match(input,179,FOLLOW_2); 

                    				current = grammarAccess.getImprovementStatusAccess().getDONEEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getImprovementStatusAccess().getDONEEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalKlantreis.g:3944:3: (enumLiteral_4= 'DROPPED' )
                    {
                    // InternalKlantreis.g:3944:3: (enumLiteral_4= 'DROPPED' )
                    // InternalKlantreis.g:3945:4: enumLiteral_4= 'DROPPED'
                    {
                    enumLiteral_4=(Token)match(input,180,FOLLOW_2); 

                    				current = grammarAccess.getImprovementStatusAccess().getDROPPEDEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getImprovementStatusAccess().getDROPPEDEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleImprovementStatus"


    // $ANTLR start "ruleDirection"
    // InternalKlantreis.g:3955:1: ruleDirection returns [Enumerator current=null] : ( (enumLiteral_0= 'LIFEWORLD_KNOWLEDGE' ) | (enumLiteral_1= 'TAILORED_SUPPORT' ) | (enumLiteral_2= 'OUTREACH' ) | (enumLiteral_3= 'EXPERIENCE_EXPERTS' ) | (enumLiteral_4= 'STAFF_DIVERSITY' ) ) ;
    public final Enumerator ruleDirection() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;
        Token enumLiteral_3=null;
        Token enumLiteral_4=null;


        	enterRule();

        try {
            // InternalKlantreis.g:3961:2: ( ( (enumLiteral_0= 'LIFEWORLD_KNOWLEDGE' ) | (enumLiteral_1= 'TAILORED_SUPPORT' ) | (enumLiteral_2= 'OUTREACH' ) | (enumLiteral_3= 'EXPERIENCE_EXPERTS' ) | (enumLiteral_4= 'STAFF_DIVERSITY' ) ) )
            // InternalKlantreis.g:3962:2: ( (enumLiteral_0= 'LIFEWORLD_KNOWLEDGE' ) | (enumLiteral_1= 'TAILORED_SUPPORT' ) | (enumLiteral_2= 'OUTREACH' ) | (enumLiteral_3= 'EXPERIENCE_EXPERTS' ) | (enumLiteral_4= 'STAFF_DIVERSITY' ) )
            {
            // InternalKlantreis.g:3962:2: ( (enumLiteral_0= 'LIFEWORLD_KNOWLEDGE' ) | (enumLiteral_1= 'TAILORED_SUPPORT' ) | (enumLiteral_2= 'OUTREACH' ) | (enumLiteral_3= 'EXPERIENCE_EXPERTS' ) | (enumLiteral_4= 'STAFF_DIVERSITY' ) )
            int alt106=5;
            switch ( input.LA(1) ) {
            case 181:
                {
                alt106=1;
                }
                break;
            case 182:
                {
                alt106=2;
                }
                break;
            case 183:
                {
                alt106=3;
                }
                break;
            case 184:
                {
                alt106=4;
                }
                break;
            case 185:
                {
                alt106=5;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 106, 0, input);

                throw nvae;
            }

            switch (alt106) {
                case 1 :
                    // InternalKlantreis.g:3963:3: (enumLiteral_0= 'LIFEWORLD_KNOWLEDGE' )
                    {
                    // InternalKlantreis.g:3963:3: (enumLiteral_0= 'LIFEWORLD_KNOWLEDGE' )
                    // InternalKlantreis.g:3964:4: enumLiteral_0= 'LIFEWORLD_KNOWLEDGE'
                    {
                    enumLiteral_0=(Token)match(input,181,FOLLOW_2); 

                    				current = grammarAccess.getDirectionAccess().getLIFEWORLD_KNOWLEDGEEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getDirectionAccess().getLIFEWORLD_KNOWLEDGEEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalKlantreis.g:3971:3: (enumLiteral_1= 'TAILORED_SUPPORT' )
                    {
                    // InternalKlantreis.g:3971:3: (enumLiteral_1= 'TAILORED_SUPPORT' )
                    // InternalKlantreis.g:3972:4: enumLiteral_1= 'TAILORED_SUPPORT'
                    {
                    enumLiteral_1=(Token)match(input,182,FOLLOW_2); 

                    				current = grammarAccess.getDirectionAccess().getTAILORED_SUPPORTEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getDirectionAccess().getTAILORED_SUPPORTEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalKlantreis.g:3979:3: (enumLiteral_2= 'OUTREACH' )
                    {
                    // InternalKlantreis.g:3979:3: (enumLiteral_2= 'OUTREACH' )
                    // InternalKlantreis.g:3980:4: enumLiteral_2= 'OUTREACH'
                    {
                    enumLiteral_2=(Token)match(input,183,FOLLOW_2); 

                    				current = grammarAccess.getDirectionAccess().getOUTREACHEnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getDirectionAccess().getOUTREACHEnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;
                case 4 :
                    // InternalKlantreis.g:3987:3: (enumLiteral_3= 'EXPERIENCE_EXPERTS' )
                    {
                    // InternalKlantreis.g:3987:3: (enumLiteral_3= 'EXPERIENCE_EXPERTS' )
                    // InternalKlantreis.g:3988:4: enumLiteral_3= 'EXPERIENCE_EXPERTS'
                    {
                    enumLiteral_3=(Token)match(input,184,FOLLOW_2); 

                    				current = grammarAccess.getDirectionAccess().getEXPERIENCE_EXPERTSEnumLiteralDeclaration_3().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_3, grammarAccess.getDirectionAccess().getEXPERIENCE_EXPERTSEnumLiteralDeclaration_3());
                    			

                    }


                    }
                    break;
                case 5 :
                    // InternalKlantreis.g:3995:3: (enumLiteral_4= 'STAFF_DIVERSITY' )
                    {
                    // InternalKlantreis.g:3995:3: (enumLiteral_4= 'STAFF_DIVERSITY' )
                    // InternalKlantreis.g:3996:4: enumLiteral_4= 'STAFF_DIVERSITY'
                    {
                    enumLiteral_4=(Token)match(input,185,FOLLOW_2); 

                    				current = grammarAccess.getDirectionAccess().getSTAFF_DIVERSITYEnumLiteralDeclaration_4().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_4, grammarAccess.getDirectionAccess().getSTAFF_DIVERSITYEnumLiteralDeclaration_4());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleDirection"


    // $ANTLR start "ruleSeverity"
    // InternalKlantreis.g:4006:1: ruleSeverity returns [Enumerator current=null] : ( (enumLiteral_0= 'INFO' ) | (enumLiteral_1= 'WARNING' ) | (enumLiteral_2= 'ERROR' ) ) ;
    public final Enumerator ruleSeverity() throws RecognitionException {
        Enumerator current = null;

        Token enumLiteral_0=null;
        Token enumLiteral_1=null;
        Token enumLiteral_2=null;


        	enterRule();

        try {
            // InternalKlantreis.g:4012:2: ( ( (enumLiteral_0= 'INFO' ) | (enumLiteral_1= 'WARNING' ) | (enumLiteral_2= 'ERROR' ) ) )
            // InternalKlantreis.g:4013:2: ( (enumLiteral_0= 'INFO' ) | (enumLiteral_1= 'WARNING' ) | (enumLiteral_2= 'ERROR' ) )
            {
            // InternalKlantreis.g:4013:2: ( (enumLiteral_0= 'INFO' ) | (enumLiteral_1= 'WARNING' ) | (enumLiteral_2= 'ERROR' ) )
            int alt107=3;
            switch ( input.LA(1) ) {
            case 186:
                {
                alt107=1;
                }
                break;
            case 187:
                {
                alt107=2;
                }
                break;
            case 188:
                {
                alt107=3;
                }
                break;
            default:
                NoViableAltException nvae =
                    new NoViableAltException("", 107, 0, input);

                throw nvae;
            }

            switch (alt107) {
                case 1 :
                    // InternalKlantreis.g:4014:3: (enumLiteral_0= 'INFO' )
                    {
                    // InternalKlantreis.g:4014:3: (enumLiteral_0= 'INFO' )
                    // InternalKlantreis.g:4015:4: enumLiteral_0= 'INFO'
                    {
                    enumLiteral_0=(Token)match(input,186,FOLLOW_2); 

                    				current = grammarAccess.getSeverityAccess().getINFOEnumLiteralDeclaration_0().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_0, grammarAccess.getSeverityAccess().getINFOEnumLiteralDeclaration_0());
                    			

                    }


                    }
                    break;
                case 2 :
                    // InternalKlantreis.g:4022:3: (enumLiteral_1= 'WARNING' )
                    {
                    // InternalKlantreis.g:4022:3: (enumLiteral_1= 'WARNING' )
                    // InternalKlantreis.g:4023:4: enumLiteral_1= 'WARNING'
                    {
                    enumLiteral_1=(Token)match(input,187,FOLLOW_2); 

                    				current = grammarAccess.getSeverityAccess().getWARNINGEnumLiteralDeclaration_1().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_1, grammarAccess.getSeverityAccess().getWARNINGEnumLiteralDeclaration_1());
                    			

                    }


                    }
                    break;
                case 3 :
                    // InternalKlantreis.g:4030:3: (enumLiteral_2= 'ERROR' )
                    {
                    // InternalKlantreis.g:4030:3: (enumLiteral_2= 'ERROR' )
                    // InternalKlantreis.g:4031:4: enumLiteral_2= 'ERROR'
                    {
                    enumLiteral_2=(Token)match(input,188,FOLLOW_2); 

                    				current = grammarAccess.getSeverityAccess().getERROREnumLiteralDeclaration_2().getEnumLiteral().getInstance();
                    				newLeafNode(enumLiteral_2, grammarAccess.getSeverityAccess().getERROREnumLiteralDeclaration_2());
                    			

                    }


                    }
                    break;

            }


            }


            	leaveRule();

        }

            catch (RecognitionException re) {
                recover(input,re);
                appendSkippedTokens();
            }
        finally {
        }
        return current;
    }
    // $ANTLR end "ruleSeverity"

    // Delegated rules


 

    public static final BitSet FOLLOW_1 = new BitSet(new long[]{0x0000000000000000L});
    public static final BitSet FOLLOW_2 = new BitSet(new long[]{0x0000000000000002L});
    public static final BitSet FOLLOW_3 = new BitSet(new long[]{0x0000000000000010L});
    public static final BitSet FOLLOW_4 = new BitSet(new long[]{0x0000000000001020L});
    public static final BitSet FOLLOW_5 = new BitSet(new long[]{0x0000000000001000L});
    public static final BitSet FOLLOW_6 = new BitSet(new long[]{0x000020800800E000L,0x0000000000000400L});
    public static final BitSet FOLLOW_7 = new BitSet(new long[]{0x0000000000000020L});
    public static final BitSet FOLLOW_8 = new BitSet(new long[]{0x000020800800C000L,0x0000000000000400L});
    public static final BitSet FOLLOW_9 = new BitSet(new long[]{0x00000000002F6000L});
    public static final BitSet FOLLOW_10 = new BitSet(new long[]{0x00000000002F4000L});
    public static final BitSet FOLLOW_11 = new BitSet(new long[]{0x0000000000000000L,0x0000000208000000L,0x0000000001FFFC00L});
    public static final BitSet FOLLOW_12 = new BitSet(new long[]{0x00000000002E4000L});
    public static final BitSet FOLLOW_13 = new BitSet(new long[]{0x0000000000040000L});
    public static final BitSet FOLLOW_14 = new BitSet(new long[]{0x00000000002C4000L});
    public static final BitSet FOLLOW_15 = new BitSet(new long[]{0x0000000000100000L});
    public static final BitSet FOLLOW_16 = new BitSet(new long[]{0x0000000000244000L});
    public static final BitSet FOLLOW_17 = new BitSet(new long[]{0x0000000000000040L});
    public static final BitSet FOLLOW_18 = new BitSet(new long[]{0x0000000000044000L});
    public static final BitSet FOLLOW_19 = new BitSet(new long[]{0x0000000000400000L});
    public static final BitSet FOLLOW_20 = new BitSet(new long[]{0x0000000006804000L});
    public static final BitSet FOLLOW_21 = new BitSet(new long[]{0x0000000001000000L});
    public static final BitSet FOLLOW_22 = new BitSet(new long[]{0x0000000006004000L});
    public static final BitSet FOLLOW_23 = new BitSet(new long[]{0x0000000004004000L});
    public static final BitSet FOLLOW_24 = new BitSet(new long[]{0x0000000000004000L});
    public static final BitSet FOLLOW_25 = new BitSet(new long[]{0x00000077B0006000L});
    public static final BitSet FOLLOW_26 = new BitSet(new long[]{0x00000077B0004000L});
    public static final BitSet FOLLOW_27 = new BitSet(new long[]{0x00000077A0004000L});
    public static final BitSet FOLLOW_28 = new BitSet(new long[]{0x00000077C0004000L});
    public static final BitSet FOLLOW_29 = new BitSet(new long[]{0x0000000000000000L,0x0040000000000000L,0x000000007E000000L});
    public static final BitSet FOLLOW_30 = new BitSet(new long[]{0x0000007700004000L});
    public static final BitSet FOLLOW_31 = new BitSet(new long[]{0x0000000000000000L,0x0040000000000000L,0x0000000380000000L});
    public static final BitSet FOLLOW_32 = new BitSet(new long[]{0x0000007600004000L});
    public static final BitSet FOLLOW_33 = new BitSet(new long[]{0x0000000100000000L});
    public static final BitSet FOLLOW_34 = new BitSet(new long[]{0x0000007400004000L});
    public static final BitSet FOLLOW_35 = new BitSet(new long[]{0x0000000800000000L});
    public static final BitSet FOLLOW_36 = new BitSet(new long[]{0x0000007000004000L});
    public static final BitSet FOLLOW_37 = new BitSet(new long[]{0x0000000000000000L,0x0400000000000000L,0x0000003C00000000L});
    public static final BitSet FOLLOW_38 = new BitSet(new long[]{0x0000006000004000L});
    public static final BitSet FOLLOW_39 = new BitSet(new long[]{0x0000000000000000L,0x0000000200000000L,0x000001C000000000L});
    public static final BitSet FOLLOW_40 = new BitSet(new long[]{0x0000004000004000L});
    public static final BitSet FOLLOW_41 = new BitSet(new long[]{0x0000000040004000L});
    public static final BitSet FOLLOW_42 = new BitSet(new long[]{0x0000010000000000L});
    public static final BitSet FOLLOW_43 = new BitSet(new long[]{0x00000E0020006000L});
    public static final BitSet FOLLOW_44 = new BitSet(new long[]{0x00000E0020004000L});
    public static final BitSet FOLLOW_45 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000000L,0x00003E0000000000L});
    public static final BitSet FOLLOW_46 = new BitSet(new long[]{0x00000C0060004000L});
    public static final BitSet FOLLOW_47 = new BitSet(new long[]{0x0000000000000000L,0x0040000000000000L,0x0000C00000000000L});
    public static final BitSet FOLLOW_48 = new BitSet(new long[]{0x0000080020004000L});
    public static final BitSet FOLLOW_49 = new BitSet(new long[]{0x0000100000000000L});
    public static final BitSet FOLLOW_50 = new BitSet(new long[]{0x0000000020004000L});
    public static final BitSet FOLLOW_51 = new BitSet(new long[]{0x0000400000000020L});
    public static final BitSet FOLLOW_52 = new BitSet(new long[]{0x0000400000000000L});
    public static final BitSet FOLLOW_53 = new BitSet(new long[]{0x0007800000012000L});
    public static final BitSet FOLLOW_54 = new BitSet(new long[]{0x0000000000000000L,0x00000000000C0000L});
    public static final BitSet FOLLOW_55 = new BitSet(new long[]{0x0000000000000000L,0x0000000000700000L});
    public static final BitSet FOLLOW_56 = new BitSet(new long[]{0x0008000000004000L,0x00000000000000A8L});
    public static final BitSet FOLLOW_57 = new BitSet(new long[]{0x0000000000004000L,0x00000000000000A8L});
    public static final BitSet FOLLOW_58 = new BitSet(new long[]{0x0000000000004000L,0x00000000000000A0L});
    public static final BitSet FOLLOW_59 = new BitSet(new long[]{0x0000000000004000L,0x0000000000000080L});
    public static final BitSet FOLLOW_60 = new BitSet(new long[]{0x0000000000000022L,0x00000003FF800000L});
    public static final BitSet FOLLOW_61 = new BitSet(new long[]{0x0000000000000022L});
    public static final BitSet FOLLOW_62 = new BitSet(new long[]{0x0010000000006000L});
    public static final BitSet FOLLOW_63 = new BitSet(new long[]{0x0010000000004000L});
    public static final BitSet FOLLOW_64 = new BitSet(new long[]{0x0020000000000020L});
    public static final BitSet FOLLOW_65 = new BitSet(new long[]{0x0020000000000000L});
    public static final BitSet FOLLOW_66 = new BitSet(new long[]{0xB7C0008200086000L,0x0000000000000001L});
    public static final BitSet FOLLOW_67 = new BitSet(new long[]{0xB7C0008200084000L,0x0000000000000001L});
    public static final BitSet FOLLOW_68 = new BitSet(new long[]{0xB780008200084000L,0x0000000000000001L});
    public static final BitSet FOLLOW_69 = new BitSet(new long[]{0x0000000000000000L,0x00001FFC00000000L});
    public static final BitSet FOLLOW_70 = new BitSet(new long[]{0xB700008200084000L,0x0000000000000001L});
    public static final BitSet FOLLOW_71 = new BitSet(new long[]{0x0000000000000000L,0x0000600000000000L});
    public static final BitSet FOLLOW_72 = new BitSet(new long[]{0xB600008200084000L,0x0000000000000001L});
    public static final BitSet FOLLOW_73 = new BitSet(new long[]{0x0000000000000000L,0x003F800000000000L});
    public static final BitSet FOLLOW_74 = new BitSet(new long[]{0xB400008200084000L,0x0000000000000001L});
    public static final BitSet FOLLOW_75 = new BitSet(new long[]{0x0800000000000000L});
    public static final BitSet FOLLOW_76 = new BitSet(new long[]{0xB000008200084000L,0x0000000000000001L});
    public static final BitSet FOLLOW_77 = new BitSet(new long[]{0x0000000000000000L,0x0FC0000000000000L});
    public static final BitSet FOLLOW_78 = new BitSet(new long[]{0xB000008200004000L,0x0000000000000001L});
    public static final BitSet FOLLOW_79 = new BitSet(new long[]{0x0000000000000000L,0xF000000000000000L,0x0000000000000001L});
    public static final BitSet FOLLOW_80 = new BitSet(new long[]{0xA000008240004000L,0x0000000000000001L});
    public static final BitSet FOLLOW_81 = new BitSet(new long[]{0x4000000000000000L});
    public static final BitSet FOLLOW_82 = new BitSet(new long[]{0x8000008200004000L,0x0000000000000001L});
    public static final BitSet FOLLOW_83 = new BitSet(new long[]{0x0000000000000040L,0x000000000000C000L});
    public static final BitSet FOLLOW_84 = new BitSet(new long[]{0x0000008200004000L,0x0000000000000001L});
    public static final BitSet FOLLOW_85 = new BitSet(new long[]{0x0000000000000000L,0x0400000000000000L,0x00000000000000FEL});
    public static final BitSet FOLLOW_86 = new BitSet(new long[]{0x0000008240004000L});
    public static final BitSet FOLLOW_87 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000002L});
    public static final BitSet FOLLOW_88 = new BitSet(new long[]{0x0000008000004000L});
    public static final BitSet FOLLOW_89 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000004L});
    public static final BitSet FOLLOW_90 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000010L});
    public static final BitSet FOLLOW_91 = new BitSet(new long[]{0x0000000000000022L,0x0000000000000000L,0x0000000000000300L});
    public static final BitSet FOLLOW_92 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000040L});
    public static final BitSet FOLLOW_93 = new BitSet(new long[]{0x0000004000006000L});
    public static final BitSet FOLLOW_94 = new BitSet(new long[]{0x0001800000006000L,0x0000000000000300L});
    public static final BitSet FOLLOW_95 = new BitSet(new long[]{0x0001800000004000L,0x0000000000000300L});
    public static final BitSet FOLLOW_96 = new BitSet(new long[]{0x0000800000004000L,0x0000000000000300L});
    public static final BitSet FOLLOW_97 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000000L,0x001F000000000000L});
    public static final BitSet FOLLOW_98 = new BitSet(new long[]{0x0000000000004000L,0x0000000000000300L});
    public static final BitSet FOLLOW_99 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000000L,0x03E0000000000000L});
    public static final BitSet FOLLOW_100 = new BitSet(new long[]{0x0000000000004000L,0x0000000000000200L});
    public static final BitSet FOLLOW_101 = new BitSet(new long[]{0x0000000000001002L,0x0000000000030800L});
    public static final BitSet FOLLOW_102 = new BitSet(new long[]{0x0000000000001002L,0x0000000000000800L});
    public static final BitSet FOLLOW_103 = new BitSet(new long[]{0x0000000000000000L,0x0000000000000000L,0x1C00000000000000L});
    public static final BitSet FOLLOW_104 = new BitSet(new long[]{0x0000000000001002L});
    public static final BitSet FOLLOW_105 = new BitSet(new long[]{0x0000000000004010L});
    public static final BitSet FOLLOW_106 = new BitSet(new long[]{0x0000000000000000L,0x0000000000001000L});
    public static final BitSet FOLLOW_107 = new BitSet(new long[]{0x0000000000000002L,0x0000000000002000L});

}