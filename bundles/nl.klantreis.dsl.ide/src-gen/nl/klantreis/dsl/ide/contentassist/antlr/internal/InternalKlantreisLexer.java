package nl.klantreis.dsl.ide.contentassist.antlr.internal;

// Hack: Use our own Lexer superclass by means of import. 
// Currently there is no other way to specify the superclass for the lexer.
import org.eclipse.xtext.ide.editor.contentassist.antlr.internal.Lexer;


import org.antlr.runtime.*;
import java.util.Stack;
import java.util.List;
import java.util.ArrayList;

@SuppressWarnings("all")
public class InternalKlantreisLexer extends Lexer {
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
    public static final int RULE_INT=5;
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
    public static final int RULE_STRING=6;
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

    public InternalKlantreisLexer() {;} 
    public InternalKlantreisLexer(CharStream input) {
        this(input, new RecognizerSharedState());
    }
    public InternalKlantreisLexer(CharStream input, RecognizerSharedState state) {
        super(input,state);

    }
    public String getGrammarFileName() { return "InternalKlantreis.g"; }

    // $ANTLR start "T__11"
    public final void mT__11() throws RecognitionException {
        try {
            int _type = T__11;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:11:7: ( '-' )
            // InternalKlantreis.g:11:9: '-'
            {
            match('-'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__11"

    // $ANTLR start "T__12"
    public final void mT__12() throws RecognitionException {
        try {
            int _type = T__12;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:12:7: ( '+' )
            // InternalKlantreis.g:12:9: '+'
            {
            match('+'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__12"

    // $ANTLR start "T__13"
    public final void mT__13() throws RecognitionException {
        try {
            int _type = T__13;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:13:7: ( 'on' )
            // InternalKlantreis.g:13:9: 'on'
            {
            match("on"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__13"

    // $ANTLR start "T__14"
    public final void mT__14() throws RecognitionException {
        try {
            int _type = T__14;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:14:7: ( 'off' )
            // InternalKlantreis.g:14:9: 'off'
            {
            match("off"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__14"

    // $ANTLR start "T__15"
    public final void mT__15() throws RecognitionException {
        try {
            int _type = T__15;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:15:7: ( 'ACTUAL' )
            // InternalKlantreis.g:15:9: 'ACTUAL'
            {
            match("ACTUAL"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__15"

    // $ANTLR start "T__16"
    public final void mT__16() throws RecognitionException {
        try {
            int _type = T__16;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:16:7: ( 'PLANNED' )
            // InternalKlantreis.g:16:9: 'PLANNED'
            {
            match("PLANNED"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__16"

    // $ANTLR start "T__17"
    public final void mT__17() throws RecognitionException {
        try {
            int _type = T__17;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:17:7: ( 'DRAFT' )
            // InternalKlantreis.g:17:9: 'DRAFT'
            {
            match("DRAFT"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__17"

    // $ANTLR start "T__18"
    public final void mT__18() throws RecognitionException {
        try {
            int _type = T__18;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:18:7: ( 'REVIEWED' )
            // InternalKlantreis.g:18:9: 'REVIEWED'
            {
            match("REVIEWED"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__18"

    // $ANTLR start "T__19"
    public final void mT__19() throws RecognitionException {
        try {
            int _type = T__19;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:19:7: ( 'ADOPTED' )
            // InternalKlantreis.g:19:9: 'ADOPTED'
            {
            match("ADOPTED"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__19"

    // $ANTLR start "T__20"
    public final void mT__20() throws RecognitionException {
        try {
            int _type = T__20;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:20:7: ( 'ARRIVAL' )
            // InternalKlantreis.g:20:9: 'ARRIVAL'
            {
            match("ARRIVAL"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__20"

    // $ANTLR start "T__21"
    public final void mT__21() throws RecognitionException {
        try {
            int _type = T__21;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:21:7: ( 'INBURGERING' )
            // InternalKlantreis.g:21:9: 'INBURGERING'
            {
            match("INBURGERING"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__21"

    // $ANTLR start "T__22"
    public final void mT__22() throws RecognitionException {
        try {
            int _type = T__22;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:22:7: ( 'FAMILY_REUNIFICATION' )
            // InternalKlantreis.g:22:9: 'FAMILY_REUNIFICATION'
            {
            match("FAMILY_REUNIFICATION"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__22"

    // $ANTLR start "T__23"
    public final void mT__23() throws RecognitionException {
        try {
            int _type = T__23;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:23:7: ( 'BIRTH' )
            // InternalKlantreis.g:23:9: 'BIRTH'
            {
            match("BIRTH"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__23"

    // $ANTLR start "T__24"
    public final void mT__24() throws RecognitionException {
        try {
            int _type = T__24;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:24:7: ( 'SCHOOL' )
            // InternalKlantreis.g:24:9: 'SCHOOL'
            {
            match("SCHOOL"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__24"

    // $ANTLR start "T__25"
    public final void mT__25() throws RecognitionException {
        try {
            int _type = T__25;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:25:7: ( 'JOB_SEARCH' )
            // InternalKlantreis.g:25:9: 'JOB_SEARCH'
            {
            match("JOB_SEARCH"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__25"

    // $ANTLR start "T__26"
    public final void mT__26() throws RecognitionException {
        try {
            int _type = T__26;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:26:7: ( 'JOB_LOSS' )
            // InternalKlantreis.g:26:9: 'JOB_LOSS'
            {
            match("JOB_LOSS"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__26"

    // $ANTLR start "T__27"
    public final void mT__27() throws RecognitionException {
        try {
            int _type = T__27;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:27:7: ( 'ILLNESS' )
            // InternalKlantreis.g:27:9: 'ILLNESS'
            {
            match("ILLNESS"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__27"

    // $ANTLR start "T__28"
    public final void mT__28() throws RecognitionException {
        try {
            int _type = T__28;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:28:7: ( 'MOVING' )
            // InternalKlantreis.g:28:9: 'MOVING'
            {
            match("MOVING"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__28"

    // $ANTLR start "T__29"
    public final void mT__29() throws RecognitionException {
        try {
            int _type = T__29;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:29:7: ( 'DEBT' )
            // InternalKlantreis.g:29:9: 'DEBT'
            {
            match("DEBT"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__29"

    // $ANTLR start "T__30"
    public final void mT__30() throws RecognitionException {
        try {
            int _type = T__30;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:30:7: ( 'OTHER' )
            // InternalKlantreis.g:30:9: 'OTHER'
            {
            match("OTHER"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__30"

    // $ANTLR start "T__31"
    public final void mT__31() throws RecognitionException {
        try {
            int _type = T__31;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:31:7: ( 'COUNTER' )
            // InternalKlantreis.g:31:9: 'COUNTER'
            {
            match("COUNTER"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__31"

    // $ANTLR start "T__32"
    public final void mT__32() throws RecognitionException {
        try {
            int _type = T__32;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:32:7: ( 'PHONE' )
            // InternalKlantreis.g:32:9: 'PHONE'
            {
            match("PHONE"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__32"

    // $ANTLR start "T__33"
    public final void mT__33() throws RecognitionException {
        try {
            int _type = T__33;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:33:7: ( 'LETTER' )
            // InternalKlantreis.g:33:9: 'LETTER'
            {
            match("LETTER"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__33"

    // $ANTLR start "T__34"
    public final void mT__34() throws RecognitionException {
        try {
            int _type = T__34;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:34:7: ( 'EMAIL' )
            // InternalKlantreis.g:34:9: 'EMAIL'
            {
            match("EMAIL"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__34"

    // $ANTLR start "T__35"
    public final void mT__35() throws RecognitionException {
        try {
            int _type = T__35;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:35:7: ( 'PORTAL' )
            // InternalKlantreis.g:35:9: 'PORTAL'
            {
            match("PORTAL"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__35"

    // $ANTLR start "T__36"
    public final void mT__36() throws RecognitionException {
        try {
            int _type = T__36;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:36:7: ( 'HOME_VISIT' )
            // InternalKlantreis.g:36:9: 'HOME_VISIT'
            {
            match("HOME_VISIT"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__36"

    // $ANTLR start "T__37"
    public final void mT__37() throws RecognitionException {
        try {
            int _type = T__37;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:37:7: ( 'GROUP_SESSION' )
            // InternalKlantreis.g:37:9: 'GROUP_SESSION'
            {
            match("GROUP_SESSION"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__37"

    // $ANTLR start "T__38"
    public final void mT__38() throws RecognitionException {
        try {
            int _type = T__38;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:38:7: ( 'CONSULTATION_HOUR' )
            // InternalKlantreis.g:38:9: 'CONSULTATION_HOUR'
            {
            match("CONSULTATION_HOUR"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__38"

    // $ANTLR start "T__39"
    public final void mT__39() throws RecognitionException {
        try {
            int _type = T__39;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:39:7: ( 'SOCIAL_MEDIA' )
            // InternalKlantreis.g:39:9: 'SOCIAL_MEDIA'
            {
            match("SOCIAL_MEDIA"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__39"

    // $ANTLR start "T__40"
    public final void mT__40() throws RecognitionException {
        try {
            int _type = T__40;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:40:7: ( 'VIDEO_CALL' )
            // InternalKlantreis.g:40:9: 'VIDEO_CALL'
            {
            match("VIDEO_CALL"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__40"

    // $ANTLR start "T__41"
    public final void mT__41() throws RecognitionException {
        try {
            int _type = T__41;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:41:7: ( 'MEETING' )
            // InternalKlantreis.g:41:9: 'MEETING'
            {
            match("MEETING"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__41"

    // $ANTLR start "T__42"
    public final void mT__42() throws RecognitionException {
        try {
            int _type = T__42;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:42:7: ( 'RESIDENT' )
            // InternalKlantreis.g:42:9: 'RESIDENT'
            {
            match("RESIDENT"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__42"

    // $ANTLR start "T__43"
    public final void mT__43() throws RecognitionException {
        try {
            int _type = T__43;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:43:7: ( 'ORGANISATION' )
            // InternalKlantreis.g:43:9: 'ORGANISATION'
            {
            match("ORGANISATION"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__43"

    // $ANTLR start "T__44"
    public final void mT__44() throws RecognitionException {
        try {
            int _type = T__44;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:44:7: ( 'INFORMATION' )
            // InternalKlantreis.g:44:9: 'INFORMATION'
            {
            match("INFORMATION"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__44"

    // $ANTLR start "T__45"
    public final void mT__45() throws RecognitionException {
        try {
            int _type = T__45;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:45:7: ( 'INTAKE' )
            // InternalKlantreis.g:45:9: 'INTAKE'
            {
            match("INTAKE"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__45"

    // $ANTLR start "T__46"
    public final void mT__46() throws RecognitionException {
        try {
            int _type = T__46;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:46:7: ( 'ADVICE' )
            // InternalKlantreis.g:46:9: 'ADVICE'
            {
            match("ADVICE"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__46"

    // $ANTLR start "T__47"
    public final void mT__47() throws RecognitionException {
        try {
            int _type = T__47;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:47:7: ( 'DECISION' )
            // InternalKlantreis.g:47:9: 'DECISION'
            {
            match("DECISION"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__47"

    // $ANTLR start "T__48"
    public final void mT__48() throws RecognitionException {
        try {
            int _type = T__48;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:48:7: ( 'REFERRAL' )
            // InternalKlantreis.g:48:9: 'REFERRAL'
            {
            match("REFERRAL"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__48"

    // $ANTLR start "T__49"
    public final void mT__49() throws RecognitionException {
        try {
            int _type = T__49;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:49:7: ( 'FOLLOW_UP' )
            // InternalKlantreis.g:49:9: 'FOLLOW_UP'
            {
            match("FOLLOW_UP"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__49"

    // $ANTLR start "T__50"
    public final void mT__50() throws RecognitionException {
        try {
            int _type = T__50;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:50:7: ( 'SUPPORT' )
            // InternalKlantreis.g:50:9: 'SUPPORT'
            {
            match("SUPPORT"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__50"

    // $ANTLR start "T__51"
    public final void mT__51() throws RecognitionException {
        try {
            int _type = T__51;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:51:7: ( 'NONE' )
            // InternalKlantreis.g:51:9: 'NONE'
            {
            match("NONE"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__51"

    // $ANTLR start "T__52"
    public final void mT__52() throws RecognitionException {
        try {
            int _type = T__52;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:52:7: ( 'PROFESSIONAL' )
            // InternalKlantreis.g:52:9: 'PROFESSIONAL'
            {
            match("PROFESSIONAL"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__52"

    // $ANTLR start "T__53"
    public final void mT__53() throws RecognitionException {
        try {
            int _type = T__53;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:53:7: ( 'BILINGUAL_STAFF' )
            // InternalKlantreis.g:53:9: 'BILINGUAL_STAFF'
            {
            match("BILINGUAL_STAFF"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__53"

    // $ANTLR start "T__54"
    public final void mT__54() throws RecognitionException {
        try {
            int _type = T__54;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:54:7: ( 'KEY_PERSON' )
            // InternalKlantreis.g:54:9: 'KEY_PERSON'
            {
            match("KEY_PERSON"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__54"

    // $ANTLR start "T__55"
    public final void mT__55() throws RecognitionException {
        try {
            int _type = T__55;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:55:7: ( 'FAMILY' )
            // InternalKlantreis.g:55:9: 'FAMILY'
            {
            match("FAMILY"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__55"

    // $ANTLR start "T__56"
    public final void mT__56() throws RecognitionException {
        try {
            int _type = T__56;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:56:7: ( 'CHILD' )
            // InternalKlantreis.g:56:9: 'CHILD'
            {
            match("CHILD"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__56"

    // $ANTLR start "T__57"
    public final void mT__57() throws RecognitionException {
        try {
            int _type = T__57;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:57:7: ( 'SPOKEN' )
            // InternalKlantreis.g:57:9: 'SPOKEN'
            {
            match("SPOKEN"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__57"

    // $ANTLR start "T__58"
    public final void mT__58() throws RecognitionException {
        try {
            int _type = T__58;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:58:7: ( 'WRITTEN' )
            // InternalKlantreis.g:58:9: 'WRITTEN'
            {
            match("WRITTEN"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__58"

    // $ANTLR start "T__59"
    public final void mT__59() throws RecognitionException {
        try {
            int _type = T__59;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:59:7: ( 'PLAIN_LANGUAGE' )
            // InternalKlantreis.g:59:9: 'PLAIN_LANGUAGE'
            {
            match("PLAIN_LANGUAGE"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__59"

    // $ANTLR start "T__60"
    public final void mT__60() throws RecognitionException {
        try {
            int _type = T__60;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:60:7: ( 'TRANSLATED' )
            // InternalKlantreis.g:60:9: 'TRANSLATED'
            {
            match("TRANSLATED"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__60"

    // $ANTLR start "T__61"
    public final void mT__61() throws RecognitionException {
        try {
            int _type = T__61;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:61:7: ( 'VISUAL' )
            // InternalKlantreis.g:61:9: 'VISUAL'
            {
            match("VISUAL"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__61"

    // $ANTLR start "T__62"
    public final void mT__62() throws RecognitionException {
        try {
            int _type = T__62;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:62:7: ( 'INCOME' )
            // InternalKlantreis.g:62:9: 'INCOME'
            {
            match("INCOME"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__62"

    // $ANTLR start "T__63"
    public final void mT__63() throws RecognitionException {
        try {
            int _type = T__63;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:63:7: ( 'WORK' )
            // InternalKlantreis.g:63:9: 'WORK'
            {
            match("WORK"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__63"

    // $ANTLR start "T__64"
    public final void mT__64() throws RecognitionException {
        try {
            int _type = T__64;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:64:7: ( 'EDUCATION' )
            // InternalKlantreis.g:64:9: 'EDUCATION'
            {
            match("EDUCATION"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__64"

    // $ANTLR start "T__65"
    public final void mT__65() throws RecognitionException {
        try {
            int _type = T__65;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:65:7: ( 'HOUSING' )
            // InternalKlantreis.g:65:9: 'HOUSING'
            {
            match("HOUSING"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__65"

    // $ANTLR start "T__66"
    public final void mT__66() throws RecognitionException {
        try {
            int _type = T__66;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:66:7: ( 'PHYSICAL_HEALTH' )
            // InternalKlantreis.g:66:9: 'PHYSICAL_HEALTH'
            {
            match("PHYSICAL_HEALTH"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__66"

    // $ANTLR start "T__67"
    public final void mT__67() throws RecognitionException {
        try {
            int _type = T__67;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:67:7: ( 'MENTAL_HEALTH' )
            // InternalKlantreis.g:67:9: 'MENTAL_HEALTH'
            {
            match("MENTAL_HEALTH"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__67"

    // $ANTLR start "T__68"
    public final void mT__68() throws RecognitionException {
        try {
            int _type = T__68;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:68:7: ( 'SOCIAL_NETWORK' )
            // InternalKlantreis.g:68:9: 'SOCIAL_NETWORK'
            {
            match("SOCIAL_NETWORK"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__68"

    // $ANTLR start "T__69"
    public final void mT__69() throws RecognitionException {
        try {
            int _type = T__69;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:69:7: ( 'WARM' )
            // InternalKlantreis.g:69:9: 'WARM'
            {
            match("WARM"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__69"

    // $ANTLR start "T__70"
    public final void mT__70() throws RecognitionException {
        try {
            int _type = T__70;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:70:7: ( 'COLD' )
            // InternalKlantreis.g:70:9: 'COLD'
            {
            match("COLD"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__70"

    // $ANTLR start "T__71"
    public final void mT__71() throws RecognitionException {
        try {
            int _type = T__71;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:71:7: ( 'CUSTOMER_CONTACT_CENTRE' )
            // InternalKlantreis.g:71:9: 'CUSTOMER_CONTACT_CENTRE'
            {
            match("CUSTOMER_CONTACT_CENTRE"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__71"

    // $ANTLR start "T__72"
    public final void mT__72() throws RecognitionException {
        try {
            int _type = T__72;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:72:7: ( 'WORK_AND_INCOME' )
            // InternalKlantreis.g:72:9: 'WORK_AND_INCOME'
            {
            match("WORK_AND_INCOME"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__72"

    // $ANTLR start "T__73"
    public final void mT__73() throws RecognitionException {
        try {
            int _type = T__73;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:73:7: ( 'SOCIAL_SUPPORT' )
            // InternalKlantreis.g:73:9: 'SOCIAL_SUPPORT'
            {
            match("SOCIAL_SUPPORT"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__73"

    // $ANTLR start "T__74"
    public final void mT__74() throws RecognitionException {
        try {
            int _type = T__74;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:74:7: ( 'INTEGRATION' )
            // InternalKlantreis.g:74:9: 'INTEGRATION'
            {
            match("INTEGRATION"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__74"

    // $ANTLR start "T__75"
    public final void mT__75() throws RecognitionException {
        try {
            int _type = T__75;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:75:7: ( 'PUBLIC_HEALTH' )
            // InternalKlantreis.g:75:9: 'PUBLIC_HEALTH'
            {
            match("PUBLIC_HEALTH"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__75"

    // $ANTLR start "T__76"
    public final void mT__76() throws RecognitionException {
        try {
            int _type = T__76;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:76:7: ( 'GENERAL_PRACTITIONER' )
            // InternalKlantreis.g:76:9: 'GENERAL_PRACTITIONER'
            {
            match("GENERAL_PRACTITIONER"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__76"

    // $ANTLR start "T__77"
    public final void mT__77() throws RecognitionException {
        try {
            int _type = T__77;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:77:7: ( 'MENTAL_HEALTH_CARE' )
            // InternalKlantreis.g:77:9: 'MENTAL_HEALTH_CARE'
            {
            match("MENTAL_HEALTH_CARE"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__77"

    // $ANTLR start "T__78"
    public final void mT__78() throws RecognitionException {
        try {
            int _type = T__78;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:78:7: ( 'DISTRICT_NURSING' )
            // InternalKlantreis.g:78:9: 'DISTRICT_NURSING'
            {
            match("DISTRICT_NURSING"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__78"

    // $ANTLR start "T__79"
    public final void mT__79() throws RecognitionException {
        try {
            int _type = T__79;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:79:7: ( 'YOUTH_AND_FAMILY' )
            // InternalKlantreis.g:79:9: 'YOUTH_AND_FAMILY'
            {
            match("YOUTH_AND_FAMILY"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__79"

    // $ANTLR start "T__80"
    public final void mT__80() throws RecognitionException {
        try {
            int _type = T__80;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:80:7: ( 'REFUGEE_SUPPORT' )
            // InternalKlantreis.g:80:9: 'REFUGEE_SUPPORT'
            {
            match("REFUGEE_SUPPORT"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__80"

    // $ANTLR start "T__81"
    public final void mT__81() throws RecognitionException {
        try {
            int _type = T__81;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:81:7: ( 'EMPLOYER' )
            // InternalKlantreis.g:81:9: 'EMPLOYER'
            {
            match("EMPLOYER"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__81"

    // $ANTLR start "T__82"
    public final void mT__82() throws RecognitionException {
        try {
            int _type = T__82;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:82:7: ( 'WELFARE' )
            // InternalKlantreis.g:82:9: 'WELFARE'
            {
            match("WELFARE"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__82"

    // $ANTLR start "T__83"
    public final void mT__83() throws RecognitionException {
        try {
            int _type = T__83;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:83:7: ( 'MIGRANT_ORGANISATION' )
            // InternalKlantreis.g:83:9: 'MIGRANT_ORGANISATION'
            {
            match("MIGRANT_ORGANISATION"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__83"

    // $ANTLR start "T__84"
    public final void mT__84() throws RecognitionException {
        try {
            int _type = T__84;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:84:7: ( 'HOUSING_CORPORATION' )
            // InternalKlantreis.g:84:9: 'HOUSING_CORPORATION'
            {
            match("HOUSING_CORPORATION"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__84"

    // $ANTLR start "T__85"
    public final void mT__85() throws RecognitionException {
        try {
            int _type = T__85;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:85:7: ( 'RECEPTION_CENTRE' )
            // InternalKlantreis.g:85:9: 'RECEPTION_CENTRE'
            {
            match("RECEPTION_CENTRE"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__85"

    // $ANTLR start "T__86"
    public final void mT__86() throws RecognitionException {
        try {
            int _type = T__86;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:86:7: ( 'A1' )
            // InternalKlantreis.g:86:9: 'A1'
            {
            match("A1"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__86"

    // $ANTLR start "T__87"
    public final void mT__87() throws RecognitionException {
        try {
            int _type = T__87;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:87:7: ( 'A2' )
            // InternalKlantreis.g:87:9: 'A2'
            {
            match("A2"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__87"

    // $ANTLR start "T__88"
    public final void mT__88() throws RecognitionException {
        try {
            int _type = T__88;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:88:7: ( 'B1' )
            // InternalKlantreis.g:88:9: 'B1'
            {
            match("B1"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__88"

    // $ANTLR start "T__89"
    public final void mT__89() throws RecognitionException {
        try {
            int _type = T__89;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:89:7: ( 'B2' )
            // InternalKlantreis.g:89:9: 'B2'
            {
            match("B2"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__89"

    // $ANTLR start "T__90"
    public final void mT__90() throws RecognitionException {
        try {
            int _type = T__90;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:90:7: ( 'C1' )
            // InternalKlantreis.g:90:9: 'C1'
            {
            match("C1"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__90"

    // $ANTLR start "T__91"
    public final void mT__91() throws RecognitionException {
        try {
            int _type = T__91;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:91:7: ( 'C2' )
            // InternalKlantreis.g:91:9: 'C2'
            {
            match("C2"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__91"

    // $ANTLR start "T__92"
    public final void mT__92() throws RecognitionException {
        try {
            int _type = T__92;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:92:7: ( 'UNKNOWN' )
            // InternalKlantreis.g:92:9: 'UNKNOWN'
            {
            match("UNKNOWN"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__92"

    // $ANTLR start "T__93"
    public final void mT__93() throws RecognitionException {
        try {
            int _type = T__93;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:93:7: ( 'LIMITED' )
            // InternalKlantreis.g:93:9: 'LIMITED'
            {
            match("LIMITED"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__93"

    // $ANTLR start "T__94"
    public final void mT__94() throws RecognitionException {
        try {
            int _type = T__94;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:94:7: ( 'ADEQUATE' )
            // InternalKlantreis.g:94:9: 'ADEQUATE'
            {
            match("ADEQUATE"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__94"

    // $ANTLR start "T__95"
    public final void mT__95() throws RecognitionException {
        try {
            int _type = T__95;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:95:7: ( 'SINGLE' )
            // InternalKlantreis.g:95:9: 'SINGLE'
            {
            match("SINGLE"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__95"

    // $ANTLR start "T__96"
    public final void mT__96() throws RecognitionException {
        try {
            int _type = T__96;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:96:7: ( 'COUPLE' )
            // InternalKlantreis.g:96:9: 'COUPLE'
            {
            match("COUPLE"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__96"

    // $ANTLR start "T__97"
    public final void mT__97() throws RecognitionException {
        try {
            int _type = T__97;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:97:7: ( 'SINGLE_PARENT' )
            // InternalKlantreis.g:97:9: 'SINGLE_PARENT'
            {
            match("SINGLE_PARENT"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__97"

    // $ANTLR start "T__98"
    public final void mT__98() throws RecognitionException {
        try {
            int _type = T__98;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:98:7: ( 'AWAITING_REUNIFICATION' )
            // InternalKlantreis.g:98:9: 'AWAITING_REUNIFICATION'
            {
            match("AWAITING_REUNIFICATION"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__98"

    // $ANTLR start "T__99"
    public final void mT__99() throws RecognitionException {
        try {
            int _type = T__99;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:99:7: ( 'UNSPECIFIED' )
            // InternalKlantreis.g:99:9: 'UNSPECIFIED'
            {
            match("UNSPECIFIED"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__99"

    // $ANTLR start "T__100"
    public final void mT__100() throws RecognitionException {
        try {
            int _type = T__100;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:100:8: ( 'FEMALE' )
            // InternalKlantreis.g:100:10: 'FEMALE'
            {
            match("FEMALE"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__100"

    // $ANTLR start "T__101"
    public final void mT__101() throws RecognitionException {
        try {
            int _type = T__101;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:101:8: ( 'MALE' )
            // InternalKlantreis.g:101:10: 'MALE'
            {
            match("MALE"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__101"

    // $ANTLR start "T__102"
    public final void mT__102() throws RecognitionException {
        try {
            int _type = T__102;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:102:8: ( 'EDUCATOR' )
            // InternalKlantreis.g:102:10: 'EDUCATOR'
            {
            match("EDUCATOR"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__102"

    // $ANTLR start "T__103"
    public final void mT__103() throws RecognitionException {
        try {
            int _type = T__103;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:103:8: ( 'ADVISOR' )
            // InternalKlantreis.g:103:10: 'ADVISOR'
            {
            match("ADVISOR"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__103"

    // $ANTLR start "T__104"
    public final void mT__104() throws RecognitionException {
        try {
            int _type = T__104;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:104:8: ( 'MEDIATOR' )
            // InternalKlantreis.g:104:10: 'MEDIATOR'
            {
            match("MEDIATOR"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__104"

    // $ANTLR start "T__105"
    public final void mT__105() throws RecognitionException {
        try {
            int _type = T__105;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:105:8: ( 'SCOUT' )
            // InternalKlantreis.g:105:10: 'SCOUT'
            {
            match("SCOUT"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__105"

    // $ANTLR start "T__106"
    public final void mT__106() throws RecognitionException {
        try {
            int _type = T__106;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:106:8: ( 'ACTIVATOR' )
            // InternalKlantreis.g:106:10: 'ACTIVATOR'
            {
            match("ACTIVATOR"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__106"

    // $ANTLR start "T__107"
    public final void mT__107() throws RecognitionException {
        try {
            int _type = T__107;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:107:8: ( 'VOLUNTEER' )
            // InternalKlantreis.g:107:10: 'VOLUNTEER'
            {
            match("VOLUNTEER"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__107"

    // $ANTLR start "T__108"
    public final void mT__108() throws RecognitionException {
        try {
            int _type = T__108;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:108:8: ( 'EMPLOYMENT' )
            // InternalKlantreis.g:108:10: 'EMPLOYMENT'
            {
            match("EMPLOYMENT"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__108"

    // $ANTLR start "T__109"
    public final void mT__109() throws RecognitionException {
        try {
            int _type = T__109;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:109:8: ( 'PROPOSED' )
            // InternalKlantreis.g:109:10: 'PROPOSED'
            {
            match("PROPOSED"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__109"

    // $ANTLR start "T__110"
    public final void mT__110() throws RecognitionException {
        try {
            int _type = T__110;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:110:8: ( 'AGREED' )
            // InternalKlantreis.g:110:10: 'AGREED'
            {
            match("AGREED"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__110"

    // $ANTLR start "T__111"
    public final void mT__111() throws RecognitionException {
        try {
            int _type = T__111;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:111:8: ( 'IN_PROGRESS' )
            // InternalKlantreis.g:111:10: 'IN_PROGRESS'
            {
            match("IN_PROGRESS"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__111"

    // $ANTLR start "T__112"
    public final void mT__112() throws RecognitionException {
        try {
            int _type = T__112;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:112:8: ( 'DONE' )
            // InternalKlantreis.g:112:10: 'DONE'
            {
            match("DONE"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__112"

    // $ANTLR start "T__113"
    public final void mT__113() throws RecognitionException {
        try {
            int _type = T__113;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:113:8: ( 'DROPPED' )
            // InternalKlantreis.g:113:10: 'DROPPED'
            {
            match("DROPPED"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__113"

    // $ANTLR start "T__114"
    public final void mT__114() throws RecognitionException {
        try {
            int _type = T__114;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:114:8: ( 'LIFEWORLD_KNOWLEDGE' )
            // InternalKlantreis.g:114:10: 'LIFEWORLD_KNOWLEDGE'
            {
            match("LIFEWORLD_KNOWLEDGE"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__114"

    // $ANTLR start "T__115"
    public final void mT__115() throws RecognitionException {
        try {
            int _type = T__115;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:115:8: ( 'TAILORED_SUPPORT' )
            // InternalKlantreis.g:115:10: 'TAILORED_SUPPORT'
            {
            match("TAILORED_SUPPORT"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__115"

    // $ANTLR start "T__116"
    public final void mT__116() throws RecognitionException {
        try {
            int _type = T__116;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:116:8: ( 'OUTREACH' )
            // InternalKlantreis.g:116:10: 'OUTREACH'
            {
            match("OUTREACH"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__116"

    // $ANTLR start "T__117"
    public final void mT__117() throws RecognitionException {
        try {
            int _type = T__117;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:117:8: ( 'EXPERIENCE_EXPERTS' )
            // InternalKlantreis.g:117:10: 'EXPERIENCE_EXPERTS'
            {
            match("EXPERIENCE_EXPERTS"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__117"

    // $ANTLR start "T__118"
    public final void mT__118() throws RecognitionException {
        try {
            int _type = T__118;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:118:8: ( 'STAFF_DIVERSITY' )
            // InternalKlantreis.g:118:10: 'STAFF_DIVERSITY'
            {
            match("STAFF_DIVERSITY"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__118"

    // $ANTLR start "T__119"
    public final void mT__119() throws RecognitionException {
        try {
            int _type = T__119;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:119:8: ( 'INFO' )
            // InternalKlantreis.g:119:10: 'INFO'
            {
            match("INFO"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__119"

    // $ANTLR start "T__120"
    public final void mT__120() throws RecognitionException {
        try {
            int _type = T__120;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:120:8: ( 'WARNING' )
            // InternalKlantreis.g:120:10: 'WARNING'
            {
            match("WARNING"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__120"

    // $ANTLR start "T__121"
    public final void mT__121() throws RecognitionException {
        try {
            int _type = T__121;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:121:8: ( 'ERROR' )
            // InternalKlantreis.g:121:10: 'ERROR'
            {
            match("ERROR"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__121"

    // $ANTLR start "T__122"
    public final void mT__122() throws RecognitionException {
        try {
            int _type = T__122;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:122:8: ( 'model' )
            // InternalKlantreis.g:122:10: 'model'
            {
            match("model"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__122"

    // $ANTLR start "T__123"
    public final void mT__123() throws RecognitionException {
        try {
            int _type = T__123;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:123:8: ( '{' )
            // InternalKlantreis.g:123:10: '{'
            {
            match('{'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__123"

    // $ANTLR start "T__124"
    public final void mT__124() throws RecognitionException {
        try {
            int _type = T__124;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:124:8: ( '}' )
            // InternalKlantreis.g:124:10: '}'
            {
            match('}'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__124"

    // $ANTLR start "T__125"
    public final void mT__125() throws RecognitionException {
        try {
            int _type = T__125;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:125:8: ( 'description' )
            // InternalKlantreis.g:125:10: 'description'
            {
            match("description"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__125"

    // $ANTLR start "T__126"
    public final void mT__126() throws RecognitionException {
        try {
            int _type = T__126;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:126:8: ( 'organisation' )
            // InternalKlantreis.g:126:10: 'organisation'
            {
            match("organisation"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__126"

    // $ANTLR start "T__127"
    public final void mT__127() throws RecognitionException {
        try {
            int _type = T__127;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:127:8: ( 'kind' )
            // InternalKlantreis.g:127:10: 'kind'
            {
            match("kind"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__127"

    // $ANTLR start "T__128"
    public final void mT__128() throws RecognitionException {
        try {
            int _type = T__128;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:128:8: ( 'staff' )
            // InternalKlantreis.g:128:10: 'staff'
            {
            match("staff"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__128"

    // $ANTLR start "T__129"
    public final void mT__129() throws RecognitionException {
        try {
            int _type = T__129;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:129:8: ( 'budget' )
            // InternalKlantreis.g:129:10: 'budget'
            {
            match("budget"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__129"

    // $ANTLR start "T__130"
    public final void mT__130() throws RecognitionException {
        try {
            int _type = T__130;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:130:8: ( 'caseload' )
            // InternalKlantreis.g:130:10: 'caseload'
            {
            match("caseload"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__130"

    // $ANTLR start "T__131"
    public final void mT__131() throws RecognitionException {
        try {
            int _type = T__131;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:131:8: ( 'group' )
            // InternalKlantreis.g:131:10: 'group'
            {
            match("group"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__131"

    // $ANTLR start "T__132"
    public final void mT__132() throws RecognitionException {
        try {
            int _type = T__132;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:132:8: ( 'background' )
            // InternalKlantreis.g:132:10: 'background'
            {
            match("background"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__132"

    // $ANTLR start "T__133"
    public final void mT__133() throws RecognitionException {
        try {
            int _type = T__133;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:133:8: ( 'members' )
            // InternalKlantreis.g:133:10: 'members'
            {
            match("members"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__133"

    // $ANTLR start "T__134"
    public final void mT__134() throws RecognitionException {
        try {
            int _type = T__134;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:134:8: ( 'clients' )
            // InternalKlantreis.g:134:10: 'clients'
            {
            match("clients"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__134"

    // $ANTLR start "T__135"
    public final void mT__135() throws RecognitionException {
        try {
            int _type = T__135;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:135:8: ( 'persona' )
            // InternalKlantreis.g:135:10: 'persona'
            {
            match("persona"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__135"

    // $ANTLR start "T__136"
    public final void mT__136() throws RecognitionException {
        try {
            int _type = T__136;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:136:8: ( 'from' )
            // InternalKlantreis.g:136:10: 'from'
            {
            match("from"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__136"

    // $ANTLR start "T__137"
    public final void mT__137() throws RecognitionException {
        try {
            int _type = T__137;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:137:8: ( 'speaks' )
            // InternalKlantreis.g:137:10: 'speaks'
            {
            match("speaks"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__137"

    // $ANTLR start "T__138"
    public final void mT__138() throws RecognitionException {
        try {
            int _type = T__138;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:138:8: ( ',' )
            // InternalKlantreis.g:138:10: ','
            {
            match(','); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__138"

    // $ANTLR start "T__139"
    public final void mT__139() throws RecognitionException {
        try {
            int _type = T__139;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:139:8: ( 'dutch' )
            // InternalKlantreis.g:139:10: 'dutch'
            {
            match("dutch"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__139"

    // $ANTLR start "T__140"
    public final void mT__140() throws RecognitionException {
        try {
            int _type = T__140;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:140:8: ( 'literacy' )
            // InternalKlantreis.g:140:10: 'literacy'
            {
            match("literacy"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__140"

    // $ANTLR start "T__141"
    public final void mT__141() throws RecognitionException {
        try {
            int _type = T__141;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:141:8: ( 'health' )
            // InternalKlantreis.g:141:10: 'health'
            {
            match("health"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__141"

    // $ANTLR start "T__142"
    public final void mT__142() throws RecognitionException {
        try {
            int _type = T__142;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:142:8: ( 'digital' )
            // InternalKlantreis.g:142:10: 'digital'
            {
            match("digital"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__142"

    // $ANTLR start "T__143"
    public final void mT__143() throws RecognitionException {
        try {
            int _type = T__143;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:143:8: ( 'skills' )
            // InternalKlantreis.g:143:10: 'skills'
            {
            match("skills"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__143"

    // $ANTLR start "T__144"
    public final void mT__144() throws RecognitionException {
        try {
            int _type = T__144;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:144:8: ( 'household' )
            // InternalKlantreis.g:144:10: 'household'
            {
            match("household"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__144"

    // $ANTLR start "T__145"
    public final void mT__145() throws RecognitionException {
        try {
            int _type = T__145;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:145:8: ( 'gender' )
            // InternalKlantreis.g:145:10: 'gender'
            {
            match("gender"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__145"

    // $ANTLR start "T__146"
    public final void mT__146() throws RecognitionException {
        try {
            int _type = T__146;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:146:8: ( 'concerns' )
            // InternalKlantreis.g:146:10: 'concerns'
            {
            match("concerns"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__146"

    // $ANTLR start "T__147"
    public final void mT__147() throws RecognitionException {
        try {
            int _type = T__147;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:147:8: ( 'key' )
            // InternalKlantreis.g:147:10: 'key'
            {
            match("key"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__147"

    // $ANTLR start "T__148"
    public final void mT__148() throws RecognitionException {
        try {
            int _type = T__148;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:148:8: ( 'person' )
            // InternalKlantreis.g:148:10: 'person'
            {
            match("person"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__148"

    // $ANTLR start "T__149"
    public final void mT__149() throws RecognitionException {
        try {
            int _type = T__149;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:149:8: ( 'roles' )
            // InternalKlantreis.g:149:10: 'roles'
            {
            match("roles"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__149"

    // $ANTLR start "T__150"
    public final void mT__150() throws RecognitionException {
        try {
            int _type = T__150;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:150:8: ( 'contract' )
            // InternalKlantreis.g:150:10: 'contract'
            {
            match("contract"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__150"

    // $ANTLR start "T__151"
    public final void mT__151() throws RecognitionException {
        try {
            int _type = T__151;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:151:8: ( 'supervised' )
            // InternalKlantreis.g:151:10: 'supervised'
            {
            match("supervised"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__151"

    // $ANTLR start "T__152"
    public final void mT__152() throws RecognitionException {
        try {
            int _type = T__152;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:152:8: ( 'by' )
            // InternalKlantreis.g:152:10: 'by'
            {
            match("by"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__152"

    // $ANTLR start "T__153"
    public final void mT__153() throws RecognitionException {
        try {
            int _type = T__153;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:153:8: ( 'journey' )
            // InternalKlantreis.g:153:10: 'journey'
            {
            match("journey"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__153"

    // $ANTLR start "T__154"
    public final void mT__154() throws RecognitionException {
        try {
            int _type = T__154;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:154:8: ( 'for' )
            // InternalKlantreis.g:154:10: 'for'
            {
            match("for"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__154"

    // $ANTLR start "T__155"
    public final void mT__155() throws RecognitionException {
        try {
            int _type = T__155;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:155:8: ( 'status' )
            // InternalKlantreis.g:155:10: 'status'
            {
            match("status"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__155"

    // $ANTLR start "T__156"
    public final void mT__156() throws RecognitionException {
        try {
            int _type = T__156;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:156:8: ( 'owner' )
            // InternalKlantreis.g:156:10: 'owner'
            {
            match("owner"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__156"

    // $ANTLR start "T__157"
    public final void mT__157() throws RecognitionException {
        try {
            int _type = T__157;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:157:8: ( 'baseline' )
            // InternalKlantreis.g:157:10: 'baseline'
            {
            match("baseline"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__157"

    // $ANTLR start "T__158"
    public final void mT__158() throws RecognitionException {
        try {
            int _type = T__158;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:158:8: ( 'triggered' )
            // InternalKlantreis.g:158:10: 'triggered'
            {
            match("triggered"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__158"

    // $ANTLR start "T__159"
    public final void mT__159() throws RecognitionException {
        try {
            int _type = T__159;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:159:8: ( 'phase' )
            // InternalKlantreis.g:159:10: 'phase'
            {
            match("phase"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__159"

    // $ANTLR start "T__160"
    public final void mT__160() throws RecognitionException {
        try {
            int _type = T__160;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:160:8: ( 'touchpoint' )
            // InternalKlantreis.g:160:10: 'touchpoint'
            {
            match("touchpoint"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__160"

    // $ANTLR start "T__161"
    public final void mT__161() throws RecognitionException {
        try {
            int _type = T__161;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:161:8: ( 'at' )
            // InternalKlantreis.g:161:10: 'at'
            {
            match("at"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__161"

    // $ANTLR start "T__162"
    public final void mT__162() throws RecognitionException {
        try {
            int _type = T__162;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:162:8: ( 'role' )
            // InternalKlantreis.g:162:10: 'role'
            {
            match("role"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__162"

    // $ANTLR start "T__163"
    public final void mT__163() throws RecognitionException {
        try {
            int _type = T__163;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:163:8: ( 'channel' )
            // InternalKlantreis.g:163:10: 'channel'
            {
            match("channel"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__163"

    // $ANTLR start "T__164"
    public final void mT__164() throws RecognitionException {
        try {
            int _type = T__164;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:164:8: ( 'initiated' )
            // InternalKlantreis.g:164:10: 'initiated'
            {
            match("initiated"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__164"

    // $ANTLR start "T__165"
    public final void mT__165() throws RecognitionException {
        try {
            int _type = T__165;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:165:8: ( 'purpose' )
            // InternalKlantreis.g:165:10: 'purpose'
            {
            match("purpose"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__165"

    // $ANTLR start "T__166"
    public final void mT__166() throws RecognitionException {
        try {
            int _type = T__166;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:166:8: ( 'duration' )
            // InternalKlantreis.g:166:10: 'duration'
            {
            match("duration"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__166"

    // $ANTLR start "T__167"
    public final void mT__167() throws RecognitionException {
        try {
            int _type = T__167;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:167:8: ( 'minutes' )
            // InternalKlantreis.g:167:10: 'minutes'
            {
            match("minutes"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__167"

    // $ANTLR start "T__168"
    public final void mT__168() throws RecognitionException {
        try {
            int _type = T__168;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:168:8: ( 'interpreter' )
            // InternalKlantreis.g:168:10: 'interpreter'
            {
            match("interpreter"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__168"

    // $ANTLR start "T__169"
    public final void mT__169() throws RecognitionException {
        try {
            int _type = T__169;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:169:8: ( 'forms' )
            // InternalKlantreis.g:169:10: 'forms'
            {
            match("forms"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__169"

    // $ANTLR start "T__170"
    public final void mT__170() throws RecognitionException {
        try {
            int _type = T__170;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:170:8: ( 'checked' )
            // InternalKlantreis.g:170:10: 'checked'
            {
            match("checked"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__170"

    // $ANTLR start "T__171"
    public final void mT__171() throws RecognitionException {
        try {
            int _type = T__171;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:171:8: ( 'emotion' )
            // InternalKlantreis.g:171:10: 'emotion'
            {
            match("emotion"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__171"

    // $ANTLR start "T__172"
    public final void mT__172() throws RecognitionException {
        try {
            int _type = T__172;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:172:8: ( 'domains' )
            // InternalKlantreis.g:172:10: 'domains'
            {
            match("domains"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__172"

    // $ANTLR start "T__173"
    public final void mT__173() throws RecognitionException {
        try {
            int _type = T__173;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:173:8: ( 'signal' )
            // InternalKlantreis.g:173:10: 'signal'
            {
            match("signal"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__173"

    // $ANTLR start "T__174"
    public final void mT__174() throws RecognitionException {
        try {
            int _type = T__174;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:174:8: ( 'persons' )
            // InternalKlantreis.g:174:10: 'persons'
            {
            match("persons"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__174"

    // $ANTLR start "T__175"
    public final void mT__175() throws RecognitionException {
        try {
            int _type = T__175;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:175:8: ( 'handover' )
            // InternalKlantreis.g:175:10: 'handover'
            {
            match("handover"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__175"

    // $ANTLR start "T__176"
    public final void mT__176() throws RecognitionException {
        try {
            int _type = T__176;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:176:8: ( '->' )
            // InternalKlantreis.g:176:10: '->'
            {
            match("->"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__176"

    // $ANTLR start "T__177"
    public final void mT__177() throws RecognitionException {
        try {
            int _type = T__177;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:177:8: ( 'pain' )
            // InternalKlantreis.g:177:10: 'pain'
            {
            match("pain"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__177"

    // $ANTLR start "T__178"
    public final void mT__178() throws RecognitionException {
        try {
            int _type = T__178;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:178:8: ( 'point' )
            // InternalKlantreis.g:178:10: 'point'
            {
            match("point"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__178"

    // $ANTLR start "T__179"
    public final void mT__179() throws RecognitionException {
        try {
            int _type = T__179;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:179:8: ( 'improvement' )
            // InternalKlantreis.g:179:10: 'improvement'
            {
            match("improvement"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__179"

    // $ANTLR start "T__180"
    public final void mT__180() throws RecognitionException {
        try {
            int _type = T__180;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:180:8: ( 'direction' )
            // InternalKlantreis.g:180:10: 'direction'
            {
            match("direction"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__180"

    // $ANTLR start "T__181"
    public final void mT__181() throws RecognitionException {
        try {
            int _type = T__181;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:181:8: ( 'addresses' )
            // InternalKlantreis.g:181:10: 'addresses'
            {
            match("addresses"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__181"

    // $ANTLR start "T__182"
    public final void mT__182() throws RecognitionException {
        try {
            int _type = T__182;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:182:8: ( 'rule' )
            // InternalKlantreis.g:182:10: 'rule'
            {
            match("rule"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__182"

    // $ANTLR start "T__183"
    public final void mT__183() throws RecognitionException {
        try {
            int _type = T__183;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:183:8: ( 'severity' )
            // InternalKlantreis.g:183:10: 'severity'
            {
            match("severity"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__183"

    // $ANTLR start "T__184"
    public final void mT__184() throws RecognitionException {
        try {
            int _type = T__184;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:184:8: ( '=' )
            // InternalKlantreis.g:184:10: '='
            {
            match('='); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__184"

    // $ANTLR start "T__185"
    public final void mT__185() throws RecognitionException {
        try {
            int _type = T__185;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:185:8: ( '.' )
            // InternalKlantreis.g:185:10: '.'
            {
            match('.'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__185"

    // $ANTLR start "T__186"
    public final void mT__186() throws RecognitionException {
        try {
            int _type = T__186;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:186:8: ( 'trained' )
            // InternalKlantreis.g:186:10: 'trained'
            {
            match("trained"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__186"

    // $ANTLR start "T__187"
    public final void mT__187() throws RecognitionException {
        try {
            int _type = T__187;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:187:8: ( 'refugee' )
            // InternalKlantreis.g:187:10: 'refugee'
            {
            match("refugee"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__187"

    // $ANTLR start "T__188"
    public final void mT__188() throws RecognitionException {
        try {
            int _type = T__188;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:188:8: ( 'understanding' )
            // InternalKlantreis.g:188:10: 'understanding'
            {
            match("understanding"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "T__188"

    // $ANTLR start "RULE_ID"
    public final void mRULE_ID() throws RecognitionException {
        try {
            int _type = RULE_ID;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:10907:9: ( ( 'a' .. 'z' | 'A' .. 'Z' | '_' ) ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )* ( '-' ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )+ )* )
            // InternalKlantreis.g:10907:11: ( 'a' .. 'z' | 'A' .. 'Z' | '_' ) ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )* ( '-' ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )+ )*
            {
            if ( (input.LA(1)>='A' && input.LA(1)<='Z')||input.LA(1)=='_'||(input.LA(1)>='a' && input.LA(1)<='z') ) {
                input.consume();

            }
            else {
                MismatchedSetException mse = new MismatchedSetException(null,input);
                recover(mse);
                throw mse;}

            // InternalKlantreis.g:10907:35: ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )*
            loop1:
            do {
                int alt1=2;
                int LA1_0 = input.LA(1);

                if ( ((LA1_0>='0' && LA1_0<='9')||(LA1_0>='A' && LA1_0<='Z')||LA1_0=='_'||(LA1_0>='a' && LA1_0<='z')) ) {
                    alt1=1;
                }


                switch (alt1) {
            	case 1 :
            	    // InternalKlantreis.g:
            	    {
            	    if ( (input.LA(1)>='0' && input.LA(1)<='9')||(input.LA(1)>='A' && input.LA(1)<='Z')||input.LA(1)=='_'||(input.LA(1)>='a' && input.LA(1)<='z') ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    break loop1;
                }
            } while (true);

            // InternalKlantreis.g:10907:69: ( '-' ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )+ )*
            loop3:
            do {
                int alt3=2;
                int LA3_0 = input.LA(1);

                if ( (LA3_0=='-') ) {
                    alt3=1;
                }


                switch (alt3) {
            	case 1 :
            	    // InternalKlantreis.g:10907:70: '-' ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )+
            	    {
            	    match('-'); 
            	    // InternalKlantreis.g:10907:74: ( 'a' .. 'z' | 'A' .. 'Z' | '_' | '0' .. '9' )+
            	    int cnt2=0;
            	    loop2:
            	    do {
            	        int alt2=2;
            	        int LA2_0 = input.LA(1);

            	        if ( ((LA2_0>='0' && LA2_0<='9')||(LA2_0>='A' && LA2_0<='Z')||LA2_0=='_'||(LA2_0>='a' && LA2_0<='z')) ) {
            	            alt2=1;
            	        }


            	        switch (alt2) {
            	    	case 1 :
            	    	    // InternalKlantreis.g:
            	    	    {
            	    	    if ( (input.LA(1)>='0' && input.LA(1)<='9')||(input.LA(1)>='A' && input.LA(1)<='Z')||input.LA(1)=='_'||(input.LA(1)>='a' && input.LA(1)<='z') ) {
            	    	        input.consume();

            	    	    }
            	    	    else {
            	    	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	    	        recover(mse);
            	    	        throw mse;}


            	    	    }
            	    	    break;

            	    	default :
            	    	    if ( cnt2 >= 1 ) break loop2;
            	                EarlyExitException eee =
            	                    new EarlyExitException(2, input);
            	                throw eee;
            	        }
            	        cnt2++;
            	    } while (true);


            	    }
            	    break;

            	default :
            	    break loop3;
                }
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_ID"

    // $ANTLR start "RULE_INT"
    public final void mRULE_INT() throws RecognitionException {
        try {
            int _type = RULE_INT;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:10909:10: ( ( '0' .. '9' )+ )
            // InternalKlantreis.g:10909:12: ( '0' .. '9' )+
            {
            // InternalKlantreis.g:10909:12: ( '0' .. '9' )+
            int cnt4=0;
            loop4:
            do {
                int alt4=2;
                int LA4_0 = input.LA(1);

                if ( ((LA4_0>='0' && LA4_0<='9')) ) {
                    alt4=1;
                }


                switch (alt4) {
            	case 1 :
            	    // InternalKlantreis.g:10909:13: '0' .. '9'
            	    {
            	    matchRange('0','9'); 

            	    }
            	    break;

            	default :
            	    if ( cnt4 >= 1 ) break loop4;
                        EarlyExitException eee =
                            new EarlyExitException(4, input);
                        throw eee;
                }
                cnt4++;
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_INT"

    // $ANTLR start "RULE_STRING"
    public final void mRULE_STRING() throws RecognitionException {
        try {
            int _type = RULE_STRING;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:10911:13: ( '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )* '\"' )
            // InternalKlantreis.g:10911:15: '\"' ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )* '\"'
            {
            match('\"'); 
            // InternalKlantreis.g:10911:19: ( '\\\\' . | ~ ( ( '\\\\' | '\"' ) ) )*
            loop5:
            do {
                int alt5=3;
                int LA5_0 = input.LA(1);

                if ( (LA5_0=='\\') ) {
                    alt5=1;
                }
                else if ( ((LA5_0>='\u0000' && LA5_0<='!')||(LA5_0>='#' && LA5_0<='[')||(LA5_0>=']' && LA5_0<='\uFFFF')) ) {
                    alt5=2;
                }


                switch (alt5) {
            	case 1 :
            	    // InternalKlantreis.g:10911:20: '\\\\' .
            	    {
            	    match('\\'); 
            	    matchAny(); 

            	    }
            	    break;
            	case 2 :
            	    // InternalKlantreis.g:10911:27: ~ ( ( '\\\\' | '\"' ) )
            	    {
            	    if ( (input.LA(1)>='\u0000' && input.LA(1)<='!')||(input.LA(1)>='#' && input.LA(1)<='[')||(input.LA(1)>=']' && input.LA(1)<='\uFFFF') ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    break loop5;
                }
            } while (true);

            match('\"'); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_STRING"

    // $ANTLR start "RULE_ML_COMMENT"
    public final void mRULE_ML_COMMENT() throws RecognitionException {
        try {
            int _type = RULE_ML_COMMENT;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:10913:17: ( '/*' ( options {greedy=false; } : . )* '*/' )
            // InternalKlantreis.g:10913:19: '/*' ( options {greedy=false; } : . )* '*/'
            {
            match("/*"); 

            // InternalKlantreis.g:10913:24: ( options {greedy=false; } : . )*
            loop6:
            do {
                int alt6=2;
                int LA6_0 = input.LA(1);

                if ( (LA6_0=='*') ) {
                    int LA6_1 = input.LA(2);

                    if ( (LA6_1=='/') ) {
                        alt6=2;
                    }
                    else if ( ((LA6_1>='\u0000' && LA6_1<='.')||(LA6_1>='0' && LA6_1<='\uFFFF')) ) {
                        alt6=1;
                    }


                }
                else if ( ((LA6_0>='\u0000' && LA6_0<=')')||(LA6_0>='+' && LA6_0<='\uFFFF')) ) {
                    alt6=1;
                }


                switch (alt6) {
            	case 1 :
            	    // InternalKlantreis.g:10913:52: .
            	    {
            	    matchAny(); 

            	    }
            	    break;

            	default :
            	    break loop6;
                }
            } while (true);

            match("*/"); 


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_ML_COMMENT"

    // $ANTLR start "RULE_SL_COMMENT"
    public final void mRULE_SL_COMMENT() throws RecognitionException {
        try {
            int _type = RULE_SL_COMMENT;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:10915:17: ( '//' (~ ( ( '\\n' | '\\r' ) ) )* ( ( '\\r' )? '\\n' )? )
            // InternalKlantreis.g:10915:19: '//' (~ ( ( '\\n' | '\\r' ) ) )* ( ( '\\r' )? '\\n' )?
            {
            match("//"); 

            // InternalKlantreis.g:10915:24: (~ ( ( '\\n' | '\\r' ) ) )*
            loop7:
            do {
                int alt7=2;
                int LA7_0 = input.LA(1);

                if ( ((LA7_0>='\u0000' && LA7_0<='\t')||(LA7_0>='\u000B' && LA7_0<='\f')||(LA7_0>='\u000E' && LA7_0<='\uFFFF')) ) {
                    alt7=1;
                }


                switch (alt7) {
            	case 1 :
            	    // InternalKlantreis.g:10915:24: ~ ( ( '\\n' | '\\r' ) )
            	    {
            	    if ( (input.LA(1)>='\u0000' && input.LA(1)<='\t')||(input.LA(1)>='\u000B' && input.LA(1)<='\f')||(input.LA(1)>='\u000E' && input.LA(1)<='\uFFFF') ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    break loop7;
                }
            } while (true);

            // InternalKlantreis.g:10915:40: ( ( '\\r' )? '\\n' )?
            int alt9=2;
            int LA9_0 = input.LA(1);

            if ( (LA9_0=='\n'||LA9_0=='\r') ) {
                alt9=1;
            }
            switch (alt9) {
                case 1 :
                    // InternalKlantreis.g:10915:41: ( '\\r' )? '\\n'
                    {
                    // InternalKlantreis.g:10915:41: ( '\\r' )?
                    int alt8=2;
                    int LA8_0 = input.LA(1);

                    if ( (LA8_0=='\r') ) {
                        alt8=1;
                    }
                    switch (alt8) {
                        case 1 :
                            // InternalKlantreis.g:10915:41: '\\r'
                            {
                            match('\r'); 

                            }
                            break;

                    }

                    match('\n'); 

                    }
                    break;

            }


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_SL_COMMENT"

    // $ANTLR start "RULE_WS"
    public final void mRULE_WS() throws RecognitionException {
        try {
            int _type = RULE_WS;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:10917:9: ( ( ' ' | '\\t' | '\\r' | '\\n' )+ )
            // InternalKlantreis.g:10917:11: ( ' ' | '\\t' | '\\r' | '\\n' )+
            {
            // InternalKlantreis.g:10917:11: ( ' ' | '\\t' | '\\r' | '\\n' )+
            int cnt10=0;
            loop10:
            do {
                int alt10=2;
                int LA10_0 = input.LA(1);

                if ( ((LA10_0>='\t' && LA10_0<='\n')||LA10_0=='\r'||LA10_0==' ') ) {
                    alt10=1;
                }


                switch (alt10) {
            	case 1 :
            	    // InternalKlantreis.g:
            	    {
            	    if ( (input.LA(1)>='\t' && input.LA(1)<='\n')||input.LA(1)=='\r'||input.LA(1)==' ' ) {
            	        input.consume();

            	    }
            	    else {
            	        MismatchedSetException mse = new MismatchedSetException(null,input);
            	        recover(mse);
            	        throw mse;}


            	    }
            	    break;

            	default :
            	    if ( cnt10 >= 1 ) break loop10;
                        EarlyExitException eee =
                            new EarlyExitException(10, input);
                        throw eee;
                }
                cnt10++;
            } while (true);


            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_WS"

    // $ANTLR start "RULE_ANY_OTHER"
    public final void mRULE_ANY_OTHER() throws RecognitionException {
        try {
            int _type = RULE_ANY_OTHER;
            int _channel = DEFAULT_TOKEN_CHANNEL;
            // InternalKlantreis.g:10919:16: ( . )
            // InternalKlantreis.g:10919:18: .
            {
            matchAny(); 

            }

            state.type = _type;
            state.channel = _channel;
        }
        finally {
        }
    }
    // $ANTLR end "RULE_ANY_OTHER"

    public void mTokens() throws RecognitionException {
        // InternalKlantreis.g:1:8: ( T__11 | T__12 | T__13 | T__14 | T__15 | T__16 | T__17 | T__18 | T__19 | T__20 | T__21 | T__22 | T__23 | T__24 | T__25 | T__26 | T__27 | T__28 | T__29 | T__30 | T__31 | T__32 | T__33 | T__34 | T__35 | T__36 | T__37 | T__38 | T__39 | T__40 | T__41 | T__42 | T__43 | T__44 | T__45 | T__46 | T__47 | T__48 | T__49 | T__50 | T__51 | T__52 | T__53 | T__54 | T__55 | T__56 | T__57 | T__58 | T__59 | T__60 | T__61 | T__62 | T__63 | T__64 | T__65 | T__66 | T__67 | T__68 | T__69 | T__70 | T__71 | T__72 | T__73 | T__74 | T__75 | T__76 | T__77 | T__78 | T__79 | T__80 | T__81 | T__82 | T__83 | T__84 | T__85 | T__86 | T__87 | T__88 | T__89 | T__90 | T__91 | T__92 | T__93 | T__94 | T__95 | T__96 | T__97 | T__98 | T__99 | T__100 | T__101 | T__102 | T__103 | T__104 | T__105 | T__106 | T__107 | T__108 | T__109 | T__110 | T__111 | T__112 | T__113 | T__114 | T__115 | T__116 | T__117 | T__118 | T__119 | T__120 | T__121 | T__122 | T__123 | T__124 | T__125 | T__126 | T__127 | T__128 | T__129 | T__130 | T__131 | T__132 | T__133 | T__134 | T__135 | T__136 | T__137 | T__138 | T__139 | T__140 | T__141 | T__142 | T__143 | T__144 | T__145 | T__146 | T__147 | T__148 | T__149 | T__150 | T__151 | T__152 | T__153 | T__154 | T__155 | T__156 | T__157 | T__158 | T__159 | T__160 | T__161 | T__162 | T__163 | T__164 | T__165 | T__166 | T__167 | T__168 | T__169 | T__170 | T__171 | T__172 | T__173 | T__174 | T__175 | T__176 | T__177 | T__178 | T__179 | T__180 | T__181 | T__182 | T__183 | T__184 | T__185 | T__186 | T__187 | T__188 | RULE_ID | RULE_INT | RULE_STRING | RULE_ML_COMMENT | RULE_SL_COMMENT | RULE_WS | RULE_ANY_OTHER )
        int alt11=185;
        alt11 = dfa11.predict(input);
        switch (alt11) {
            case 1 :
                // InternalKlantreis.g:1:10: T__11
                {
                mT__11(); 

                }
                break;
            case 2 :
                // InternalKlantreis.g:1:16: T__12
                {
                mT__12(); 

                }
                break;
            case 3 :
                // InternalKlantreis.g:1:22: T__13
                {
                mT__13(); 

                }
                break;
            case 4 :
                // InternalKlantreis.g:1:28: T__14
                {
                mT__14(); 

                }
                break;
            case 5 :
                // InternalKlantreis.g:1:34: T__15
                {
                mT__15(); 

                }
                break;
            case 6 :
                // InternalKlantreis.g:1:40: T__16
                {
                mT__16(); 

                }
                break;
            case 7 :
                // InternalKlantreis.g:1:46: T__17
                {
                mT__17(); 

                }
                break;
            case 8 :
                // InternalKlantreis.g:1:52: T__18
                {
                mT__18(); 

                }
                break;
            case 9 :
                // InternalKlantreis.g:1:58: T__19
                {
                mT__19(); 

                }
                break;
            case 10 :
                // InternalKlantreis.g:1:64: T__20
                {
                mT__20(); 

                }
                break;
            case 11 :
                // InternalKlantreis.g:1:70: T__21
                {
                mT__21(); 

                }
                break;
            case 12 :
                // InternalKlantreis.g:1:76: T__22
                {
                mT__22(); 

                }
                break;
            case 13 :
                // InternalKlantreis.g:1:82: T__23
                {
                mT__23(); 

                }
                break;
            case 14 :
                // InternalKlantreis.g:1:88: T__24
                {
                mT__24(); 

                }
                break;
            case 15 :
                // InternalKlantreis.g:1:94: T__25
                {
                mT__25(); 

                }
                break;
            case 16 :
                // InternalKlantreis.g:1:100: T__26
                {
                mT__26(); 

                }
                break;
            case 17 :
                // InternalKlantreis.g:1:106: T__27
                {
                mT__27(); 

                }
                break;
            case 18 :
                // InternalKlantreis.g:1:112: T__28
                {
                mT__28(); 

                }
                break;
            case 19 :
                // InternalKlantreis.g:1:118: T__29
                {
                mT__29(); 

                }
                break;
            case 20 :
                // InternalKlantreis.g:1:124: T__30
                {
                mT__30(); 

                }
                break;
            case 21 :
                // InternalKlantreis.g:1:130: T__31
                {
                mT__31(); 

                }
                break;
            case 22 :
                // InternalKlantreis.g:1:136: T__32
                {
                mT__32(); 

                }
                break;
            case 23 :
                // InternalKlantreis.g:1:142: T__33
                {
                mT__33(); 

                }
                break;
            case 24 :
                // InternalKlantreis.g:1:148: T__34
                {
                mT__34(); 

                }
                break;
            case 25 :
                // InternalKlantreis.g:1:154: T__35
                {
                mT__35(); 

                }
                break;
            case 26 :
                // InternalKlantreis.g:1:160: T__36
                {
                mT__36(); 

                }
                break;
            case 27 :
                // InternalKlantreis.g:1:166: T__37
                {
                mT__37(); 

                }
                break;
            case 28 :
                // InternalKlantreis.g:1:172: T__38
                {
                mT__38(); 

                }
                break;
            case 29 :
                // InternalKlantreis.g:1:178: T__39
                {
                mT__39(); 

                }
                break;
            case 30 :
                // InternalKlantreis.g:1:184: T__40
                {
                mT__40(); 

                }
                break;
            case 31 :
                // InternalKlantreis.g:1:190: T__41
                {
                mT__41(); 

                }
                break;
            case 32 :
                // InternalKlantreis.g:1:196: T__42
                {
                mT__42(); 

                }
                break;
            case 33 :
                // InternalKlantreis.g:1:202: T__43
                {
                mT__43(); 

                }
                break;
            case 34 :
                // InternalKlantreis.g:1:208: T__44
                {
                mT__44(); 

                }
                break;
            case 35 :
                // InternalKlantreis.g:1:214: T__45
                {
                mT__45(); 

                }
                break;
            case 36 :
                // InternalKlantreis.g:1:220: T__46
                {
                mT__46(); 

                }
                break;
            case 37 :
                // InternalKlantreis.g:1:226: T__47
                {
                mT__47(); 

                }
                break;
            case 38 :
                // InternalKlantreis.g:1:232: T__48
                {
                mT__48(); 

                }
                break;
            case 39 :
                // InternalKlantreis.g:1:238: T__49
                {
                mT__49(); 

                }
                break;
            case 40 :
                // InternalKlantreis.g:1:244: T__50
                {
                mT__50(); 

                }
                break;
            case 41 :
                // InternalKlantreis.g:1:250: T__51
                {
                mT__51(); 

                }
                break;
            case 42 :
                // InternalKlantreis.g:1:256: T__52
                {
                mT__52(); 

                }
                break;
            case 43 :
                // InternalKlantreis.g:1:262: T__53
                {
                mT__53(); 

                }
                break;
            case 44 :
                // InternalKlantreis.g:1:268: T__54
                {
                mT__54(); 

                }
                break;
            case 45 :
                // InternalKlantreis.g:1:274: T__55
                {
                mT__55(); 

                }
                break;
            case 46 :
                // InternalKlantreis.g:1:280: T__56
                {
                mT__56(); 

                }
                break;
            case 47 :
                // InternalKlantreis.g:1:286: T__57
                {
                mT__57(); 

                }
                break;
            case 48 :
                // InternalKlantreis.g:1:292: T__58
                {
                mT__58(); 

                }
                break;
            case 49 :
                // InternalKlantreis.g:1:298: T__59
                {
                mT__59(); 

                }
                break;
            case 50 :
                // InternalKlantreis.g:1:304: T__60
                {
                mT__60(); 

                }
                break;
            case 51 :
                // InternalKlantreis.g:1:310: T__61
                {
                mT__61(); 

                }
                break;
            case 52 :
                // InternalKlantreis.g:1:316: T__62
                {
                mT__62(); 

                }
                break;
            case 53 :
                // InternalKlantreis.g:1:322: T__63
                {
                mT__63(); 

                }
                break;
            case 54 :
                // InternalKlantreis.g:1:328: T__64
                {
                mT__64(); 

                }
                break;
            case 55 :
                // InternalKlantreis.g:1:334: T__65
                {
                mT__65(); 

                }
                break;
            case 56 :
                // InternalKlantreis.g:1:340: T__66
                {
                mT__66(); 

                }
                break;
            case 57 :
                // InternalKlantreis.g:1:346: T__67
                {
                mT__67(); 

                }
                break;
            case 58 :
                // InternalKlantreis.g:1:352: T__68
                {
                mT__68(); 

                }
                break;
            case 59 :
                // InternalKlantreis.g:1:358: T__69
                {
                mT__69(); 

                }
                break;
            case 60 :
                // InternalKlantreis.g:1:364: T__70
                {
                mT__70(); 

                }
                break;
            case 61 :
                // InternalKlantreis.g:1:370: T__71
                {
                mT__71(); 

                }
                break;
            case 62 :
                // InternalKlantreis.g:1:376: T__72
                {
                mT__72(); 

                }
                break;
            case 63 :
                // InternalKlantreis.g:1:382: T__73
                {
                mT__73(); 

                }
                break;
            case 64 :
                // InternalKlantreis.g:1:388: T__74
                {
                mT__74(); 

                }
                break;
            case 65 :
                // InternalKlantreis.g:1:394: T__75
                {
                mT__75(); 

                }
                break;
            case 66 :
                // InternalKlantreis.g:1:400: T__76
                {
                mT__76(); 

                }
                break;
            case 67 :
                // InternalKlantreis.g:1:406: T__77
                {
                mT__77(); 

                }
                break;
            case 68 :
                // InternalKlantreis.g:1:412: T__78
                {
                mT__78(); 

                }
                break;
            case 69 :
                // InternalKlantreis.g:1:418: T__79
                {
                mT__79(); 

                }
                break;
            case 70 :
                // InternalKlantreis.g:1:424: T__80
                {
                mT__80(); 

                }
                break;
            case 71 :
                // InternalKlantreis.g:1:430: T__81
                {
                mT__81(); 

                }
                break;
            case 72 :
                // InternalKlantreis.g:1:436: T__82
                {
                mT__82(); 

                }
                break;
            case 73 :
                // InternalKlantreis.g:1:442: T__83
                {
                mT__83(); 

                }
                break;
            case 74 :
                // InternalKlantreis.g:1:448: T__84
                {
                mT__84(); 

                }
                break;
            case 75 :
                // InternalKlantreis.g:1:454: T__85
                {
                mT__85(); 

                }
                break;
            case 76 :
                // InternalKlantreis.g:1:460: T__86
                {
                mT__86(); 

                }
                break;
            case 77 :
                // InternalKlantreis.g:1:466: T__87
                {
                mT__87(); 

                }
                break;
            case 78 :
                // InternalKlantreis.g:1:472: T__88
                {
                mT__88(); 

                }
                break;
            case 79 :
                // InternalKlantreis.g:1:478: T__89
                {
                mT__89(); 

                }
                break;
            case 80 :
                // InternalKlantreis.g:1:484: T__90
                {
                mT__90(); 

                }
                break;
            case 81 :
                // InternalKlantreis.g:1:490: T__91
                {
                mT__91(); 

                }
                break;
            case 82 :
                // InternalKlantreis.g:1:496: T__92
                {
                mT__92(); 

                }
                break;
            case 83 :
                // InternalKlantreis.g:1:502: T__93
                {
                mT__93(); 

                }
                break;
            case 84 :
                // InternalKlantreis.g:1:508: T__94
                {
                mT__94(); 

                }
                break;
            case 85 :
                // InternalKlantreis.g:1:514: T__95
                {
                mT__95(); 

                }
                break;
            case 86 :
                // InternalKlantreis.g:1:520: T__96
                {
                mT__96(); 

                }
                break;
            case 87 :
                // InternalKlantreis.g:1:526: T__97
                {
                mT__97(); 

                }
                break;
            case 88 :
                // InternalKlantreis.g:1:532: T__98
                {
                mT__98(); 

                }
                break;
            case 89 :
                // InternalKlantreis.g:1:538: T__99
                {
                mT__99(); 

                }
                break;
            case 90 :
                // InternalKlantreis.g:1:544: T__100
                {
                mT__100(); 

                }
                break;
            case 91 :
                // InternalKlantreis.g:1:551: T__101
                {
                mT__101(); 

                }
                break;
            case 92 :
                // InternalKlantreis.g:1:558: T__102
                {
                mT__102(); 

                }
                break;
            case 93 :
                // InternalKlantreis.g:1:565: T__103
                {
                mT__103(); 

                }
                break;
            case 94 :
                // InternalKlantreis.g:1:572: T__104
                {
                mT__104(); 

                }
                break;
            case 95 :
                // InternalKlantreis.g:1:579: T__105
                {
                mT__105(); 

                }
                break;
            case 96 :
                // InternalKlantreis.g:1:586: T__106
                {
                mT__106(); 

                }
                break;
            case 97 :
                // InternalKlantreis.g:1:593: T__107
                {
                mT__107(); 

                }
                break;
            case 98 :
                // InternalKlantreis.g:1:600: T__108
                {
                mT__108(); 

                }
                break;
            case 99 :
                // InternalKlantreis.g:1:607: T__109
                {
                mT__109(); 

                }
                break;
            case 100 :
                // InternalKlantreis.g:1:614: T__110
                {
                mT__110(); 

                }
                break;
            case 101 :
                // InternalKlantreis.g:1:621: T__111
                {
                mT__111(); 

                }
                break;
            case 102 :
                // InternalKlantreis.g:1:628: T__112
                {
                mT__112(); 

                }
                break;
            case 103 :
                // InternalKlantreis.g:1:635: T__113
                {
                mT__113(); 

                }
                break;
            case 104 :
                // InternalKlantreis.g:1:642: T__114
                {
                mT__114(); 

                }
                break;
            case 105 :
                // InternalKlantreis.g:1:649: T__115
                {
                mT__115(); 

                }
                break;
            case 106 :
                // InternalKlantreis.g:1:656: T__116
                {
                mT__116(); 

                }
                break;
            case 107 :
                // InternalKlantreis.g:1:663: T__117
                {
                mT__117(); 

                }
                break;
            case 108 :
                // InternalKlantreis.g:1:670: T__118
                {
                mT__118(); 

                }
                break;
            case 109 :
                // InternalKlantreis.g:1:677: T__119
                {
                mT__119(); 

                }
                break;
            case 110 :
                // InternalKlantreis.g:1:684: T__120
                {
                mT__120(); 

                }
                break;
            case 111 :
                // InternalKlantreis.g:1:691: T__121
                {
                mT__121(); 

                }
                break;
            case 112 :
                // InternalKlantreis.g:1:698: T__122
                {
                mT__122(); 

                }
                break;
            case 113 :
                // InternalKlantreis.g:1:705: T__123
                {
                mT__123(); 

                }
                break;
            case 114 :
                // InternalKlantreis.g:1:712: T__124
                {
                mT__124(); 

                }
                break;
            case 115 :
                // InternalKlantreis.g:1:719: T__125
                {
                mT__125(); 

                }
                break;
            case 116 :
                // InternalKlantreis.g:1:726: T__126
                {
                mT__126(); 

                }
                break;
            case 117 :
                // InternalKlantreis.g:1:733: T__127
                {
                mT__127(); 

                }
                break;
            case 118 :
                // InternalKlantreis.g:1:740: T__128
                {
                mT__128(); 

                }
                break;
            case 119 :
                // InternalKlantreis.g:1:747: T__129
                {
                mT__129(); 

                }
                break;
            case 120 :
                // InternalKlantreis.g:1:754: T__130
                {
                mT__130(); 

                }
                break;
            case 121 :
                // InternalKlantreis.g:1:761: T__131
                {
                mT__131(); 

                }
                break;
            case 122 :
                // InternalKlantreis.g:1:768: T__132
                {
                mT__132(); 

                }
                break;
            case 123 :
                // InternalKlantreis.g:1:775: T__133
                {
                mT__133(); 

                }
                break;
            case 124 :
                // InternalKlantreis.g:1:782: T__134
                {
                mT__134(); 

                }
                break;
            case 125 :
                // InternalKlantreis.g:1:789: T__135
                {
                mT__135(); 

                }
                break;
            case 126 :
                // InternalKlantreis.g:1:796: T__136
                {
                mT__136(); 

                }
                break;
            case 127 :
                // InternalKlantreis.g:1:803: T__137
                {
                mT__137(); 

                }
                break;
            case 128 :
                // InternalKlantreis.g:1:810: T__138
                {
                mT__138(); 

                }
                break;
            case 129 :
                // InternalKlantreis.g:1:817: T__139
                {
                mT__139(); 

                }
                break;
            case 130 :
                // InternalKlantreis.g:1:824: T__140
                {
                mT__140(); 

                }
                break;
            case 131 :
                // InternalKlantreis.g:1:831: T__141
                {
                mT__141(); 

                }
                break;
            case 132 :
                // InternalKlantreis.g:1:838: T__142
                {
                mT__142(); 

                }
                break;
            case 133 :
                // InternalKlantreis.g:1:845: T__143
                {
                mT__143(); 

                }
                break;
            case 134 :
                // InternalKlantreis.g:1:852: T__144
                {
                mT__144(); 

                }
                break;
            case 135 :
                // InternalKlantreis.g:1:859: T__145
                {
                mT__145(); 

                }
                break;
            case 136 :
                // InternalKlantreis.g:1:866: T__146
                {
                mT__146(); 

                }
                break;
            case 137 :
                // InternalKlantreis.g:1:873: T__147
                {
                mT__147(); 

                }
                break;
            case 138 :
                // InternalKlantreis.g:1:880: T__148
                {
                mT__148(); 

                }
                break;
            case 139 :
                // InternalKlantreis.g:1:887: T__149
                {
                mT__149(); 

                }
                break;
            case 140 :
                // InternalKlantreis.g:1:894: T__150
                {
                mT__150(); 

                }
                break;
            case 141 :
                // InternalKlantreis.g:1:901: T__151
                {
                mT__151(); 

                }
                break;
            case 142 :
                // InternalKlantreis.g:1:908: T__152
                {
                mT__152(); 

                }
                break;
            case 143 :
                // InternalKlantreis.g:1:915: T__153
                {
                mT__153(); 

                }
                break;
            case 144 :
                // InternalKlantreis.g:1:922: T__154
                {
                mT__154(); 

                }
                break;
            case 145 :
                // InternalKlantreis.g:1:929: T__155
                {
                mT__155(); 

                }
                break;
            case 146 :
                // InternalKlantreis.g:1:936: T__156
                {
                mT__156(); 

                }
                break;
            case 147 :
                // InternalKlantreis.g:1:943: T__157
                {
                mT__157(); 

                }
                break;
            case 148 :
                // InternalKlantreis.g:1:950: T__158
                {
                mT__158(); 

                }
                break;
            case 149 :
                // InternalKlantreis.g:1:957: T__159
                {
                mT__159(); 

                }
                break;
            case 150 :
                // InternalKlantreis.g:1:964: T__160
                {
                mT__160(); 

                }
                break;
            case 151 :
                // InternalKlantreis.g:1:971: T__161
                {
                mT__161(); 

                }
                break;
            case 152 :
                // InternalKlantreis.g:1:978: T__162
                {
                mT__162(); 

                }
                break;
            case 153 :
                // InternalKlantreis.g:1:985: T__163
                {
                mT__163(); 

                }
                break;
            case 154 :
                // InternalKlantreis.g:1:992: T__164
                {
                mT__164(); 

                }
                break;
            case 155 :
                // InternalKlantreis.g:1:999: T__165
                {
                mT__165(); 

                }
                break;
            case 156 :
                // InternalKlantreis.g:1:1006: T__166
                {
                mT__166(); 

                }
                break;
            case 157 :
                // InternalKlantreis.g:1:1013: T__167
                {
                mT__167(); 

                }
                break;
            case 158 :
                // InternalKlantreis.g:1:1020: T__168
                {
                mT__168(); 

                }
                break;
            case 159 :
                // InternalKlantreis.g:1:1027: T__169
                {
                mT__169(); 

                }
                break;
            case 160 :
                // InternalKlantreis.g:1:1034: T__170
                {
                mT__170(); 

                }
                break;
            case 161 :
                // InternalKlantreis.g:1:1041: T__171
                {
                mT__171(); 

                }
                break;
            case 162 :
                // InternalKlantreis.g:1:1048: T__172
                {
                mT__172(); 

                }
                break;
            case 163 :
                // InternalKlantreis.g:1:1055: T__173
                {
                mT__173(); 

                }
                break;
            case 164 :
                // InternalKlantreis.g:1:1062: T__174
                {
                mT__174(); 

                }
                break;
            case 165 :
                // InternalKlantreis.g:1:1069: T__175
                {
                mT__175(); 

                }
                break;
            case 166 :
                // InternalKlantreis.g:1:1076: T__176
                {
                mT__176(); 

                }
                break;
            case 167 :
                // InternalKlantreis.g:1:1083: T__177
                {
                mT__177(); 

                }
                break;
            case 168 :
                // InternalKlantreis.g:1:1090: T__178
                {
                mT__178(); 

                }
                break;
            case 169 :
                // InternalKlantreis.g:1:1097: T__179
                {
                mT__179(); 

                }
                break;
            case 170 :
                // InternalKlantreis.g:1:1104: T__180
                {
                mT__180(); 

                }
                break;
            case 171 :
                // InternalKlantreis.g:1:1111: T__181
                {
                mT__181(); 

                }
                break;
            case 172 :
                // InternalKlantreis.g:1:1118: T__182
                {
                mT__182(); 

                }
                break;
            case 173 :
                // InternalKlantreis.g:1:1125: T__183
                {
                mT__183(); 

                }
                break;
            case 174 :
                // InternalKlantreis.g:1:1132: T__184
                {
                mT__184(); 

                }
                break;
            case 175 :
                // InternalKlantreis.g:1:1139: T__185
                {
                mT__185(); 

                }
                break;
            case 176 :
                // InternalKlantreis.g:1:1146: T__186
                {
                mT__186(); 

                }
                break;
            case 177 :
                // InternalKlantreis.g:1:1153: T__187
                {
                mT__187(); 

                }
                break;
            case 178 :
                // InternalKlantreis.g:1:1160: T__188
                {
                mT__188(); 

                }
                break;
            case 179 :
                // InternalKlantreis.g:1:1167: RULE_ID
                {
                mRULE_ID(); 

                }
                break;
            case 180 :
                // InternalKlantreis.g:1:1175: RULE_INT
                {
                mRULE_INT(); 

                }
                break;
            case 181 :
                // InternalKlantreis.g:1:1184: RULE_STRING
                {
                mRULE_STRING(); 

                }
                break;
            case 182 :
                // InternalKlantreis.g:1:1196: RULE_ML_COMMENT
                {
                mRULE_ML_COMMENT(); 

                }
                break;
            case 183 :
                // InternalKlantreis.g:1:1212: RULE_SL_COMMENT
                {
                mRULE_SL_COMMENT(); 

                }
                break;
            case 184 :
                // InternalKlantreis.g:1:1228: RULE_WS
                {
                mRULE_WS(); 

                }
                break;
            case 185 :
                // InternalKlantreis.g:1:1236: RULE_ANY_OTHER
                {
                mRULE_ANY_OTHER(); 

                }
                break;

        }

    }


    protected DFA11 dfa11 = new DFA11(this);
    static final String DFA11_eotS =
        "\1\uffff\1\71\1\uffff\31\77\2\uffff\10\77\1\uffff\10\77\2\uffff\1\77\2\uffff\2\67\5\uffff\1\u00ba\3\77\1\uffff\3\77\1\u00c3\1\u00c4\22\77\1\u00e2\1\u00e3\21\77\1\u00fa\1\u00fb\30\77\2\uffff\16\77\1\u012a\15\77\1\uffff\12\77\1\u0144\4\77\2\uffff\1\77\6\uffff\1\u014b\7\77\2\uffff\35\77\2\uffff\26\77\2\uffff\44\77\1\u01b1\11\77\1\uffff\15\77\1\u01cb\13\77\1\uffff\6\77\1\uffff\24\77\1\u01f2\2\77\1\u01f5\6\77\1\u01fd\27\77\1\u0216\6\77\1\u021d\21\77\1\u022f\2\77\1\u0233\1\u0234\20\77\1\u0245\1\uffff\25\77\1\u025b\1\77\1\u025d\1\77\1\uffff\4\77\1\u0264\1\u0265\14\77\1\u0272\13\77\1\u027e\5\77\1\u0284\1\77\1\uffff\2\77\1\uffff\7\77\1\uffff\10\77\1\u0297\2\77\1\u029a\14\77\1\uffff\1\u02a7\5\77\1\uffff\1\u02ad\4\77\1\u02b2\3\77\1\u02b6\7\77\1\uffff\3\77\2\uffff\7\77\1\u02c8\3\77\1\u02cc\4\77\1\uffff\1\u02d1\17\77\1\u02e1\2\77\1\u02e4\1\77\1\uffff\1\u02e6\1\uffff\1\u02e7\4\77\1\u02ec\2\uffff\14\77\1\uffff\1\u02f9\2\77\1\u02fc\4\77\1\u0301\2\77\1\uffff\1\77\1\u0305\3\77\1\uffff\12\77\1\u0313\1\77\1\u0315\2\77\1\u0319\1\77\1\u031b\1\uffff\1\77\1\u031d\1\uffff\2\77\1\u0320\1\u0322\3\77\1\u0326\4\77\1\uffff\3\77\1\u032e\1\77\1\uffff\1\77\1\u0331\2\77\1\uffff\3\77\1\uffff\5\77\1\u033e\13\77\1\uffff\3\77\1\uffff\4\77\1\uffff\1\u0351\1\u0352\1\u0353\1\77\1\u0355\1\77\1\u0357\10\77\1\uffff\1\u0360\1\u0363\1\uffff\1\77\2\uffff\1\77\1\u0366\2\77\1\uffff\14\77\1\uffff\1\77\1\u0376\1\uffff\1\u0377\1\77\1\u0379\1\77\1\uffff\1\u037b\2\77\1\uffff\3\77\1\u0381\11\77\1\uffff\1\77\1\uffff\1\77\1\u038d\1\77\1\uffff\1\77\1\uffff\1\77\1\uffff\1\77\1\u0394\1\uffff\1\77\1\uffff\3\77\1\uffff\1\u0399\5\77\1\u039f\1\uffff\2\77\1\uffff\1\u03a2\7\77\1\u03ab\3\77\1\uffff\2\77\1\u03b1\1\77\1\u03b3\1\u03b4\3\77\1\u03b8\1\77\1\u03ba\1\u03bb\2\77\1\u03be\1\77\1\u03c0\3\uffff\1\77\1\uffff\1\77\1\uffff\3\77\1\u03c6\2\77\1\u03c9\1\u03ca\1\uffff\1\u03cb\1\u03cc\1\uffff\1\u03cd\1\77\1\uffff\2\77\1\u03d1\1\u03d2\1\77\1\u03d4\5\77\1\u03da\3\77\2\uffff\1\u03de\1\uffff\1\77\1\uffff\3\77\1\u03e3\1\77\1\uffff\1\u03e5\1\77\1\u03e7\1\u03e8\1\u03e9\6\77\1\uffff\6\77\1\uffff\3\77\1\u03f9\1\uffff\1\77\1\u03fb\2\77\1\u03fe\1\uffff\2\77\1\uffff\1\77\1\u0402\2\77\1\u0405\3\77\1\uffff\5\77\1\uffff\1\77\2\uffff\3\77\1\uffff\1\77\2\uffff\1\77\1\u0414\1\uffff\1\77\1\uffff\1\77\1\u0417\1\77\1\u0419\1\u041a\1\uffff\1\u041b\1\u041c\5\uffff\1\u041d\1\77\1\u041f\2\uffff\1\77\1\uffff\5\77\1\uffff\2\77\1\u0428\1\uffff\4\77\1\uffff\1\77\1\uffff\1\77\3\uffff\7\77\1\u0436\7\77\1\uffff\1\77\1\uffff\2\77\1\uffff\3\77\1\uffff\1\77\1\u0445\1\uffff\6\77\1\u044c\7\77\1\uffff\1\u0454\1\77\1\uffff\1\77\5\uffff\1\u0457\1\uffff\1\u0458\1\77\1\u045a\1\u045b\4\77\1\uffff\15\77\1\uffff\6\77\1\u0473\6\77\1\u047a\1\uffff\1\77\1\u047c\3\77\1\u0480\1\uffff\1\u0481\1\77\1\u0483\4\77\1\uffff\1\u0488\1\u0489\2\uffff\1\u048a\2\uffff\14\77\1\u0497\1\u0498\1\u0499\1\u049a\7\77\1\uffff\6\77\1\uffff\1\77\1\uffff\3\77\2\uffff\1\77\1\uffff\2\77\1\u04af\1\u04b0\3\uffff\1\u04b1\1\u04b2\1\77\1\u04b4\3\77\1\u04b8\4\77\4\uffff\2\77\1\u04bf\6\77\1\u04c6\12\77\4\uffff\1\77\1\uffff\3\77\1\uffff\1\u04d5\5\77\1\uffff\2\77\1\u04dd\1\77\1\u04e0\1\77\1\uffff\5\77\1\u04e7\4\77\1\u04ec\1\77\1\u04ee\1\77\1\uffff\5\77\1\u04f5\1\u04f6\1\uffff\2\77\1\uffff\6\77\1\uffff\4\77\1\uffff\1\77\1\uffff\1\u0504\1\77\1\u0506\2\77\1\u0509\2\uffff\1\u050a\10\77\1\u0513\3\77\1\uffff\1\u0517\1\uffff\1\u0518\1\77\2\uffff\10\77\1\uffff\1\u0522\1\u0523\1\77\2\uffff\3\77\1\u0528\5\77\2\uffff\2\77\1\u0530\1\77\1\uffff\2\77\1\u0534\4\77\1\uffff\2\77\1\u053b\1\uffff\1\u053c\2\77\1\u053f\1\u0540\1\77\2\uffff\1\u0542\1\77\2\uffff\1\77\1\uffff\1\u0545\1\77\1\uffff\1\u0547\1\uffff";
    static final String DFA11_eofS =
        "\u0548\uffff";
    static final String DFA11_minS =
        "\1\0\1\76\1\uffff\1\146\1\61\1\110\2\105\1\114\1\101\1\61\1\103\1\117\1\101\1\122\1\61\1\105\1\104\1\117\1\105\1\111\1\117\1\105\2\101\1\117\1\116\1\145\2\uffff\3\145\2\141\1\145\1\141\1\157\1\uffff\1\151\1\141\1\145\2\157\1\144\2\155\2\uffff\1\156\2\uffff\1\0\1\52\5\uffff\1\55\1\146\1\147\1\156\1\uffff\1\124\1\105\1\122\2\55\1\101\1\122\1\101\1\117\1\122\1\117\1\102\1\101\1\102\1\123\1\116\1\103\1\102\1\114\1\115\1\114\1\115\1\114\2\55\1\110\1\103\1\120\1\117\1\116\1\101\1\102\1\126\1\104\1\107\1\114\1\110\1\107\1\124\1\114\1\111\1\123\2\55\1\124\1\106\1\101\1\125\1\120\1\122\1\115\1\117\1\116\1\104\1\114\1\116\1\131\1\111\2\122\1\114\1\101\1\111\1\125\1\113\1\144\1\155\1\156\2\uffff\1\163\1\162\1\147\1\155\1\156\1\171\1\141\1\145\1\151\1\160\1\147\1\166\1\144\1\143\1\55\1\163\1\151\1\156\1\141\1\157\1\156\1\162\1\141\1\162\2\151\1\157\1\162\1\uffff\1\164\1\141\1\165\1\156\2\154\1\146\1\165\1\141\1\165\1\55\1\144\1\151\1\160\1\157\2\uffff\1\144\6\uffff\1\55\1\141\1\145\1\111\1\120\1\111\1\121\1\111\2\uffff\1\111\1\105\1\111\1\116\1\123\1\124\1\106\1\114\1\106\1\120\1\124\1\111\1\124\1\105\2\111\2\105\1\125\1\117\1\101\1\117\1\120\1\116\1\111\1\114\1\101\1\124\1\111\2\uffff\1\117\1\125\1\111\1\120\1\113\1\107\1\106\1\137\1\111\2\124\1\111\1\122\2\105\1\101\1\122\1\116\1\123\1\104\1\114\1\124\2\uffff\1\124\1\111\1\105\1\111\1\114\1\103\1\105\1\117\1\105\1\123\1\125\2\105\2\125\1\105\1\137\1\124\1\113\1\115\1\106\1\116\1\114\1\124\1\116\1\120\1\145\1\142\1\165\2\143\1\141\1\151\1\145\1\141\1\144\1\55\1\146\1\141\1\154\1\145\1\156\1\145\1\147\1\153\1\145\1\uffff\2\145\1\143\1\156\1\143\1\165\1\144\2\163\1\160\2\156\1\155\1\55\1\145\1\154\1\163\1\144\2\145\1\165\1\162\1\147\1\151\1\143\1\uffff\1\162\1\164\1\145\1\162\1\164\1\145\1\uffff\1\156\1\162\1\101\1\126\1\124\1\103\1\125\1\126\1\124\1\105\2\116\1\105\1\111\1\101\1\105\1\117\1\111\1\124\1\120\1\55\1\123\1\122\1\55\1\105\1\104\1\122\1\107\1\120\1\122\1\55\1\113\1\107\1\115\1\122\1\105\1\114\1\117\1\114\1\110\1\116\1\117\1\124\1\101\1\117\1\105\1\114\1\106\1\114\1\116\1\111\3\101\1\55\1\122\1\116\1\105\1\124\1\114\1\125\1\55\1\104\1\117\1\105\1\124\1\127\1\114\1\117\1\101\2\122\1\137\1\111\1\120\1\122\1\117\1\101\1\116\1\55\1\120\1\124\2\55\1\111\1\101\1\123\1\117\1\110\1\117\1\105\1\154\1\145\1\164\1\162\1\150\2\164\1\143\1\151\1\55\1\uffff\1\146\1\165\1\153\1\154\1\162\1\141\1\162\1\145\1\147\2\154\1\156\1\145\1\162\1\156\1\153\1\160\1\145\1\157\1\145\1\157\1\55\1\164\1\55\1\163\1\uffff\1\162\1\164\1\145\1\157\2\55\1\147\1\156\1\147\1\156\1\150\1\145\1\151\1\162\1\157\1\151\1\162\1\151\1\55\1\114\1\101\2\105\1\117\2\101\1\111\1\104\1\105\1\137\1\55\1\103\1\114\2\123\1\103\1\55\1\105\1\uffff\2\111\1\uffff\1\127\1\105\1\122\1\105\1\124\1\107\1\115\1\uffff\1\105\1\122\1\105\1\117\1\123\1\131\1\127\1\105\1\55\1\107\1\114\1\55\1\114\1\122\1\116\1\105\1\137\1\105\1\117\1\107\1\116\1\114\1\124\1\116\1\uffff\1\55\1\111\1\101\2\105\1\114\1\uffff\1\55\1\115\1\122\1\105\1\117\1\55\1\131\1\124\1\111\1\55\1\126\1\116\1\137\1\101\1\137\1\114\1\124\1\uffff\2\105\1\101\2\uffff\1\116\1\122\1\114\1\122\1\137\1\127\1\103\1\55\1\162\1\145\1\151\1\55\1\151\1\141\1\164\1\156\1\uffff\1\55\3\163\1\166\1\154\1\151\1\164\1\162\1\151\1\157\1\164\1\162\1\141\2\145\1\55\1\162\1\156\1\55\1\163\1\uffff\1\55\1\uffff\1\55\1\141\2\150\1\166\1\55\2\uffff\4\145\1\160\1\163\1\141\1\160\1\166\1\157\2\163\1\uffff\1\55\1\124\1\104\1\55\1\122\1\124\1\114\1\116\1\55\1\104\1\114\1\uffff\1\101\1\55\1\123\1\105\1\137\1\uffff\1\104\1\117\1\103\1\105\1\116\1\101\1\105\1\111\1\105\1\101\1\55\1\101\1\55\1\107\1\123\1\55\1\137\1\55\1\uffff\1\125\1\55\1\uffff\1\137\1\124\2\55\1\104\1\101\1\123\1\55\1\107\1\137\1\117\1\124\1\uffff\1\123\1\103\1\122\1\55\1\124\1\uffff\1\105\1\55\1\104\1\122\1\uffff\1\105\1\111\1\105\1\uffff\1\111\1\107\1\123\1\114\1\103\1\55\1\105\1\122\2\116\1\107\1\105\1\101\1\105\1\101\1\116\1\111\1\uffff\2\163\1\160\1\uffff\1\157\1\154\1\151\1\163\1\uffff\3\55\1\151\1\55\1\164\1\55\1\157\1\156\1\141\1\163\1\156\1\143\1\154\1\144\1\uffff\2\55\1\uffff\1\145\2\uffff\1\143\1\55\1\157\1\145\1\uffff\1\145\1\171\1\162\1\144\1\157\1\163\1\164\1\162\1\145\1\156\1\164\1\141\1\uffff\1\117\1\55\1\uffff\1\55\1\105\1\55\1\107\1\uffff\1\55\1\101\1\114\1\uffff\1\111\1\104\1\110\1\55\1\116\1\124\1\104\1\124\1\114\1\137\1\117\1\122\1\124\1\uffff\1\124\1\uffff\1\122\1\55\1\122\1\uffff\1\125\1\uffff\1\101\1\uffff\1\115\1\55\1\uffff\1\120\1\uffff\1\111\1\122\1\123\1\uffff\1\55\1\110\1\122\1\137\1\101\1\110\1\55\1\uffff\1\101\1\122\1\uffff\1\55\1\114\1\122\1\105\1\117\1\122\1\116\1\123\1\55\1\105\1\137\1\101\1\uffff\1\105\1\123\1\55\1\104\2\55\1\124\1\104\1\116\1\55\1\106\2\55\1\164\1\156\1\55\1\157\1\55\3\uffff\1\163\1\uffff\1\171\1\uffff\1\165\1\145\1\144\1\55\1\163\1\164\2\55\1\uffff\2\55\1\uffff\1\55\1\171\1\uffff\1\154\1\162\2\55\1\145\1\55\1\151\3\145\1\155\1\55\1\141\1\164\1\122\2\uffff\1\55\1\uffff\1\137\1\uffff\1\116\1\137\1\117\1\55\1\105\1\uffff\1\55\1\137\3\55\1\123\1\116\3\111\1\105\1\uffff\1\105\1\120\1\114\2\105\1\125\1\uffff\1\101\1\126\1\103\1\55\1\uffff\1\105\1\55\1\117\1\124\1\55\1\uffff\1\124\1\137\1\uffff\1\104\1\55\2\116\1\55\1\103\1\111\1\103\1\uffff\1\123\1\120\1\114\1\122\1\117\1\uffff\1\137\2\uffff\1\105\1\137\1\104\1\uffff\1\111\2\uffff\1\151\1\55\1\uffff\1\156\1\uffff\1\145\1\55\1\156\2\55\1\uffff\2\55\5\uffff\1\55\1\144\1\55\2\uffff\1\144\1\uffff\1\156\1\163\1\144\1\164\1\145\1\uffff\1\156\1\151\1\55\1\uffff\1\122\1\107\1\110\1\116\1\uffff\1\101\1\uffff\1\116\3\uffff\1\125\1\137\1\116\2\117\1\123\1\125\1\55\1\137\1\104\1\124\1\120\1\122\1\105\1\110\1\uffff\1\101\1\uffff\1\122\1\111\1\uffff\1\111\1\103\1\137\1\uffff\1\124\1\55\1\uffff\1\105\1\124\1\117\1\123\1\122\1\114\1\55\1\116\1\111\1\104\1\123\1\137\1\105\1\157\1\uffff\1\55\1\144\1\uffff\1\144\5\uffff\1\55\1\uffff\1\55\1\164\2\55\1\145\1\156\1\144\1\157\1\uffff\1\105\1\125\1\105\1\101\1\114\1\125\1\120\1\103\1\107\2\116\1\123\1\116\1\uffff\1\123\1\111\1\127\1\120\1\105\1\122\1\55\1\114\1\107\3\117\1\113\1\55\1\uffff\1\137\1\55\1\122\1\111\1\101\1\55\1\uffff\1\55\1\116\1\55\1\125\1\106\1\104\1\156\1\uffff\2\55\2\uffff\1\55\2\uffff\1\162\1\164\1\151\1\156\1\125\2\101\1\114\1\124\1\122\1\120\1\105\4\55\1\111\1\124\1\101\2\117\1\116\1\123\1\uffff\1\124\1\101\4\116\1\uffff\1\105\1\uffff\1\120\1\117\1\103\2\uffff\1\103\1\uffff\1\120\1\101\2\55\3\uffff\2\55\1\156\1\55\1\116\1\107\1\114\1\55\1\110\1\123\1\117\1\116\4\uffff\1\106\1\101\1\55\2\122\1\124\1\111\1\110\1\116\1\55\1\137\1\124\1\117\1\130\1\117\1\116\1\124\1\117\1\120\1\115\4\uffff\1\147\1\uffff\1\111\1\105\1\124\1\uffff\1\55\1\111\1\122\1\124\1\111\1\106\1\uffff\1\113\1\124\1\55\1\124\1\55\1\111\1\uffff\1\110\1\101\1\127\1\120\1\122\1\55\1\111\1\115\1\117\1\111\1\55\1\106\1\55\1\110\1\uffff\1\116\1\124\1\122\1\103\1\106\2\55\1\uffff\1\131\1\103\1\uffff\1\123\1\117\1\103\1\114\1\105\1\101\1\uffff\1\124\1\105\1\122\1\114\1\uffff\1\111\1\uffff\1\55\1\107\1\55\1\105\1\101\1\55\2\uffff\1\55\2\101\1\125\1\124\1\105\1\122\1\124\1\111\1\55\1\124\1\131\1\103\1\uffff\1\55\1\uffff\1\55\1\124\2\uffff\1\122\1\124\1\122\1\137\1\104\1\124\1\111\1\117\1\uffff\2\55\1\101\2\uffff\1\111\1\105\1\111\1\55\1\103\1\107\1\123\1\117\1\116\2\uffff\1\124\1\117\1\55\1\117\1\uffff\2\105\1\55\1\116\1\105\1\111\1\116\1\uffff\2\116\1\55\1\uffff\1\55\1\122\1\117\2\55\1\124\2\uffff\1\55\1\116\2\uffff\1\122\1\uffff\1\55\1\105\1\uffff\1\55\1\uffff";
    static final String DFA11_maxS =
        "\1\uffff\1\76\1\uffff\1\167\1\127\1\125\1\122\1\105\1\116\1\117\1\111\1\125\2\117\2\125\1\111\1\130\1\117\1\122\2\117\1\105\2\122\1\117\1\116\1\157\2\uffff\1\165\1\151\1\165\1\171\1\157\1\162\1\165\1\162\1\uffff\1\151\1\157\1\165\1\157\1\162\1\164\1\156\1\155\2\uffff\1\156\2\uffff\1\uffff\1\57\5\uffff\1\172\1\146\1\147\1\156\1\uffff\1\124\1\126\1\122\2\172\1\101\1\122\1\101\1\131\1\122\1\117\1\102\1\117\1\103\1\123\1\116\1\126\1\137\1\114\1\115\1\114\1\115\1\122\2\172\1\117\1\103\1\120\1\117\1\116\1\101\1\102\1\126\1\116\1\107\1\114\1\110\1\107\1\124\1\125\1\111\1\123\2\172\1\124\1\115\1\120\1\125\1\120\1\122\1\125\1\117\1\116\1\123\1\114\1\116\1\131\1\111\2\122\1\114\1\101\1\111\1\125\1\123\1\144\1\155\1\156\2\uffff\1\163\1\164\1\162\1\155\1\156\1\171\1\141\1\145\1\151\1\160\1\147\1\166\1\144\1\163\1\172\1\163\1\151\1\156\1\145\1\157\1\156\1\162\1\141\1\162\2\151\1\157\1\162\1\uffff\1\164\1\141\1\165\1\156\2\154\1\146\1\165\1\151\1\165\1\172\1\144\1\164\1\160\1\157\2\uffff\1\144\6\uffff\1\172\1\141\1\145\1\125\1\120\1\111\1\121\1\111\2\uffff\1\111\1\105\2\116\1\123\1\124\1\120\1\114\1\106\1\120\1\124\1\111\1\124\1\105\2\111\1\125\1\105\1\125\1\117\1\105\1\117\1\120\1\116\1\111\1\114\1\101\1\124\1\111\2\uffff\1\117\1\125\1\111\1\120\1\113\1\107\1\106\1\137\1\111\2\124\1\111\1\122\2\105\1\101\1\122\1\120\1\123\1\104\1\114\1\124\2\uffff\1\124\1\111\1\105\1\111\1\114\1\103\1\105\1\117\1\105\1\123\1\125\2\105\2\125\1\105\1\137\1\124\1\113\1\116\1\106\1\116\1\114\1\124\1\116\1\120\1\145\1\142\1\165\2\143\1\141\1\151\1\145\1\141\1\144\1\172\1\164\1\141\1\154\1\145\1\156\1\145\1\147\1\153\1\145\1\uffff\2\145\1\164\1\156\1\143\1\165\1\144\2\163\1\160\2\156\1\155\1\172\1\145\1\154\1\163\1\144\2\145\1\165\1\162\1\147\1\151\1\143\1\uffff\1\162\1\164\1\145\1\162\1\164\1\145\1\uffff\1\156\1\162\1\101\1\126\1\124\1\123\1\125\1\126\1\124\1\105\2\116\1\105\1\111\1\101\1\105\1\117\1\111\1\124\1\120\1\172\1\123\1\122\1\172\1\105\1\104\1\122\1\107\1\120\1\122\1\172\1\113\1\107\1\115\1\122\1\105\1\114\1\117\1\114\1\110\1\116\1\117\1\124\1\101\1\117\1\105\1\114\1\106\1\123\1\116\1\111\3\101\1\172\1\122\1\116\1\105\1\124\1\114\1\125\1\172\1\104\1\117\1\105\1\124\1\127\1\114\1\117\1\101\2\122\1\137\1\111\1\120\1\122\1\117\1\101\1\116\1\172\1\120\1\124\2\172\1\111\1\101\1\123\1\117\1\110\1\117\1\105\1\154\1\145\1\164\1\162\1\150\2\164\1\143\1\151\1\172\1\uffff\1\146\1\165\1\153\1\154\1\162\1\141\1\162\1\145\1\147\2\154\1\156\1\145\1\162\1\156\1\153\1\160\1\145\1\157\1\145\1\157\1\172\1\164\1\172\1\163\1\uffff\1\162\1\164\1\145\1\157\2\172\1\147\1\156\1\147\1\156\1\150\1\145\1\151\1\162\1\157\1\151\1\162\1\151\1\172\1\114\1\101\2\105\1\117\2\101\1\111\1\104\1\105\1\137\1\172\1\103\1\114\2\123\1\103\1\172\1\105\1\uffff\2\111\1\uffff\1\127\1\105\1\122\1\105\1\124\1\107\1\115\1\uffff\1\105\1\122\1\105\1\117\1\123\1\131\1\127\1\105\1\172\1\107\1\114\1\172\1\114\1\122\1\116\1\105\1\137\1\105\1\117\1\107\1\116\1\114\1\124\1\116\1\uffff\1\172\1\111\1\101\2\105\1\114\1\uffff\1\172\1\115\1\122\1\105\1\117\1\172\1\131\1\124\1\111\1\172\1\126\1\116\1\137\1\101\1\137\1\114\1\124\1\uffff\2\105\1\101\2\uffff\1\116\1\122\1\114\1\122\1\137\1\127\1\103\1\172\1\162\1\145\1\151\1\172\1\151\1\141\1\164\1\156\1\uffff\1\172\3\163\1\166\1\154\1\151\1\164\1\162\1\151\1\157\1\164\1\162\1\141\2\145\1\172\1\162\1\156\1\172\1\163\1\uffff\1\172\1\uffff\1\172\1\141\2\150\1\166\1\172\2\uffff\4\145\1\160\1\163\1\141\1\160\1\166\1\157\2\163\1\uffff\1\172\1\124\1\104\1\172\1\122\1\124\1\114\1\116\1\172\1\104\1\114\1\uffff\1\101\1\172\1\123\1\105\1\137\1\uffff\1\104\1\117\1\103\1\105\1\116\1\101\1\105\1\111\1\105\1\101\1\172\1\101\1\172\1\107\1\123\1\172\1\137\1\172\1\uffff\1\125\1\172\1\uffff\1\137\1\124\2\172\1\104\1\101\1\123\1\172\1\107\1\137\1\117\1\124\1\uffff\1\123\1\103\1\122\1\172\1\124\1\uffff\1\105\1\172\1\104\1\122\1\uffff\1\115\1\117\1\105\1\uffff\1\111\1\107\1\123\1\114\1\103\1\172\1\105\1\122\2\116\1\107\1\105\1\101\1\105\1\101\1\116\1\111\1\uffff\2\163\1\160\1\uffff\1\157\1\154\1\151\1\163\1\uffff\3\172\1\151\1\172\1\164\1\172\1\157\1\156\1\141\1\163\1\156\1\143\1\154\1\144\1\uffff\2\172\1\uffff\1\145\2\uffff\1\143\1\172\1\157\1\145\1\uffff\1\145\1\171\1\162\1\144\1\157\1\163\1\164\1\162\1\145\1\156\1\164\1\141\1\uffff\1\117\1\172\1\uffff\1\172\1\105\1\172\1\107\1\uffff\1\172\1\101\1\114\1\uffff\1\111\1\104\1\110\1\172\1\116\1\124\1\104\1\124\1\114\1\137\1\117\1\122\1\124\1\uffff\1\124\1\uffff\1\122\1\172\1\122\1\uffff\1\125\1\uffff\1\101\1\uffff\1\123\1\172\1\uffff\1\120\1\uffff\1\111\1\122\1\123\1\uffff\1\172\1\110\1\122\1\137\1\101\1\110\1\172\1\uffff\1\101\1\122\1\uffff\1\172\1\114\1\122\1\105\1\117\1\122\1\116\1\123\1\172\1\105\1\137\1\101\1\uffff\1\105\1\123\1\172\1\104\2\172\1\124\1\104\1\116\1\172\1\106\2\172\1\164\1\156\1\172\1\157\1\172\3\uffff\1\163\1\uffff\1\171\1\uffff\1\165\1\145\1\144\1\172\1\163\1\164\2\172\1\uffff\2\172\1\uffff\1\172\1\171\1\uffff\1\154\1\162\2\172\1\145\1\172\1\151\3\145\1\155\1\172\1\141\1\164\1\122\2\uffff\1\172\1\uffff\1\137\1\uffff\1\116\1\137\1\117\1\172\1\105\1\uffff\1\172\1\137\3\172\1\123\1\116\3\111\1\105\1\uffff\1\105\1\120\1\114\2\105\1\125\1\uffff\1\101\1\126\1\103\1\172\1\uffff\1\105\1\172\1\117\1\124\1\172\1\uffff\1\124\1\137\1\uffff\1\104\1\172\2\116\1\172\1\103\1\111\1\103\1\uffff\1\123\1\120\1\114\1\122\1\117\1\uffff\1\137\2\uffff\1\105\1\137\1\104\1\uffff\1\111\2\uffff\1\151\1\172\1\uffff\1\156\1\uffff\1\145\1\172\1\156\2\172\1\uffff\2\172\5\uffff\1\172\1\144\1\172\2\uffff\1\144\1\uffff\1\156\1\163\1\144\1\164\1\145\1\uffff\1\156\1\151\1\172\1\uffff\1\122\1\107\1\110\1\116\1\uffff\1\101\1\uffff\1\116\3\uffff\1\125\1\137\1\116\2\117\1\123\1\125\1\172\1\137\1\104\1\124\1\120\1\122\1\105\1\110\1\uffff\1\101\1\uffff\1\122\1\111\1\uffff\1\111\1\103\1\137\1\uffff\1\124\1\172\1\uffff\1\105\1\124\1\117\1\123\1\122\1\114\1\172\1\116\1\111\1\104\1\123\1\137\1\105\1\157\1\uffff\1\172\1\144\1\uffff\1\144\5\uffff\1\172\1\uffff\1\172\1\164\2\172\1\145\1\156\1\144\1\157\1\uffff\1\105\1\125\1\105\1\101\1\114\1\125\1\120\1\103\1\107\2\116\1\123\1\116\1\uffff\1\123\1\111\1\127\1\120\1\105\1\122\1\172\1\114\1\107\3\117\1\113\1\172\1\uffff\1\137\1\172\1\122\1\111\1\101\1\172\1\uffff\1\172\1\116\1\172\1\125\1\106\1\104\1\156\1\uffff\2\172\2\uffff\1\172\2\uffff\1\162\1\164\1\151\1\156\1\125\2\101\1\114\1\124\1\122\1\120\1\105\4\172\1\111\1\124\1\101\2\117\1\116\1\123\1\uffff\1\124\1\101\4\116\1\uffff\1\105\1\uffff\1\120\1\117\1\103\2\uffff\1\103\1\uffff\1\120\1\101\2\172\3\uffff\2\172\1\156\1\172\1\116\1\107\1\114\1\172\1\110\1\123\1\117\1\116\4\uffff\1\106\1\101\1\172\2\122\1\124\1\111\1\110\1\116\1\172\1\137\1\124\1\117\1\130\1\117\1\116\1\124\1\117\1\120\1\115\4\uffff\1\147\1\uffff\1\111\1\105\1\124\1\uffff\1\172\1\111\1\122\1\124\1\111\1\106\1\uffff\1\113\1\124\1\172\1\124\1\172\1\111\1\uffff\1\110\1\101\1\127\1\120\1\122\1\172\1\111\1\115\1\117\1\111\1\172\1\106\1\172\1\110\1\uffff\1\116\1\124\1\122\1\103\1\106\2\172\1\uffff\1\131\1\103\1\uffff\1\123\1\117\1\103\1\114\1\105\1\101\1\uffff\1\124\1\105\1\122\1\114\1\uffff\1\111\1\uffff\1\172\1\107\1\172\1\105\1\101\1\172\2\uffff\1\172\2\101\1\125\1\124\1\105\1\122\1\124\1\111\1\172\1\124\1\131\1\103\1\uffff\1\172\1\uffff\1\172\1\124\2\uffff\1\122\1\124\1\122\1\137\1\104\1\124\1\111\1\117\1\uffff\2\172\1\101\2\uffff\1\111\1\105\1\111\1\172\1\103\1\107\1\123\1\117\1\116\2\uffff\1\124\1\117\1\172\1\117\1\uffff\2\105\1\172\1\116\1\105\1\111\1\116\1\uffff\2\116\1\172\1\uffff\1\172\1\122\1\117\2\172\1\124\2\uffff\1\172\1\116\2\uffff\1\122\1\uffff\1\172\1\105\1\uffff\1\172\1\uffff";
    static final String DFA11_acceptS =
        "\2\uffff\1\2\31\uffff\1\161\1\162\10\uffff\1\u0080\10\uffff\1\u00ae\1\u00af\1\uffff\1\u00b3\1\u00b4\2\uffff\1\u00b8\1\u00b9\1\u00a6\1\1\1\2\4\uffff\1\u00b3\104\uffff\1\161\1\162\34\uffff\1\u0080\17\uffff\1\u00ae\1\u00af\1\uffff\1\u00b4\1\u00b5\1\u00b6\1\u00b7\1\u00b8\1\3\10\uffff\1\114\1\115\35\uffff\1\116\1\117\26\uffff\1\120\1\121\56\uffff\1\u008e\31\uffff\1\u0097\6\uffff\1\4\145\uffff\1\u0089\31\uffff\1\u0090\46\uffff\1\23\2\uffff\1\146\7\uffff\1\155\30\uffff\1\133\6\uffff\1\74\21\uffff\1\51\3\uffff\1\65\1\73\20\uffff\1\165\25\uffff\1\u00a7\1\uffff\1\176\6\uffff\1\u0098\1\u00ac\14\uffff\1\u0092\13\uffff\1\26\5\uffff\1\7\22\uffff\1\15\2\uffff\1\137\14\uffff\1\24\5\uffff\1\56\4\uffff\1\30\3\uffff\1\157\21\uffff\1\160\3\uffff\1\u0081\4\uffff\1\166\17\uffff\1\171\2\uffff\1\u0095\1\uffff\1\u00a8\1\u009f\4\uffff\1\u008b\14\uffff\1\5\2\uffff\1\44\4\uffff\1\144\3\uffff\1\31\15\uffff\1\43\1\uffff\1\64\3\uffff\1\55\1\uffff\1\132\1\uffff\1\16\2\uffff\1\57\1\uffff\1\125\3\uffff\1\22\7\uffff\1\126\2\uffff\1\27\14\uffff\1\63\22\uffff\1\u0091\1\177\1\u0085\1\uffff\1\u00a3\1\uffff\1\167\10\uffff\1\u0087\2\uffff\1\u008a\2\uffff\1\u0083\17\uffff\1\11\1\135\1\uffff\1\12\1\uffff\1\6\5\uffff\1\147\13\uffff\1\21\6\uffff\1\50\4\uffff\1\37\5\uffff\1\25\2\uffff\1\123\10\uffff\1\67\5\uffff\1\60\1\uffff\1\156\1\110\3\uffff\1\122\1\uffff\1\173\1\u009d\2\uffff\1\u0084\1\uffff\1\u00a2\5\uffff\1\174\2\uffff\1\u0099\1\u00a0\1\175\1\u00a4\1\u009b\3\uffff\1\u00b1\1\u008f\1\uffff\1\u00b0\5\uffff\1\u00a1\3\uffff\1\124\4\uffff\1\143\1\uffff\1\45\1\uffff\1\10\1\40\1\46\17\uffff\1\20\1\uffff\1\136\2\uffff\1\152\3\uffff\1\107\2\uffff\1\134\16\uffff\1\u009c\2\uffff\1\u00ad\1\uffff\1\u0093\1\170\1\u0088\1\u008c\1\u0082\1\uffff\1\u00a5\10\uffff\1\140\15\uffff\1\47\16\uffff\1\66\6\uffff\1\141\7\uffff\1\u00aa\2\uffff\1\u0086\1\u0094\1\uffff\1\u00ab\1\u009a\27\uffff\1\17\6\uffff\1\142\1\uffff\1\32\3\uffff\1\36\1\54\1\uffff\1\62\4\uffff\1\u008d\1\172\1\u0096\14\uffff\1\13\1\42\1\100\1\145\24\uffff\1\131\1\163\1\u009e\1\u00a9\1\uffff\1\164\3\uffff\1\52\6\uffff\1\35\6\uffff\1\41\16\uffff\1\101\7\uffff\1\127\2\uffff\1\71\6\uffff\1\33\4\uffff\1\u00b2\1\uffff\1\61\6\uffff\1\72\1\77\15\uffff\1\70\1\uffff\1\106\2\uffff\1\53\1\154\10\uffff\1\76\3\uffff\1\104\1\113\11\uffff\1\151\1\105\4\uffff\1\34\7\uffff\1\103\3\uffff\1\153\6\uffff\1\150\1\112\2\uffff\1\14\1\111\1\uffff\1\102\2\uffff\1\130\1\uffff\1\75";
    static final String DFA11_specialS =
        "\1\1\63\uffff\1\0\u0513\uffff}>";
    static final String[] DFA11_transitionS = {
            "\11\67\2\66\2\67\1\66\22\67\1\66\1\67\1\64\10\67\1\2\1\46\1\1\1\60\1\65\12\63\3\67\1\57\3\67\1\4\1\12\1\17\1\6\1\21\1\11\1\23\1\22\1\10\1\14\1\26\1\20\1\15\1\25\1\16\1\5\1\62\1\7\1\13\1\30\1\32\1\24\1\27\1\62\1\31\1\62\4\67\1\62\1\67\1\54\1\41\1\42\1\36\1\56\1\45\1\43\1\50\1\55\1\52\1\37\1\47\1\33\1\62\1\3\1\44\1\62\1\51\1\40\1\53\1\61\5\62\1\34\1\67\1\35\uff82\67",
            "\1\70",
            "",
            "\1\74\7\uffff\1\73\3\uffff\1\75\4\uffff\1\76",
            "\1\103\1\104\20\uffff\1\100\1\101\2\uffff\1\106\12\uffff\1\102\4\uffff\1\105",
            "\1\110\3\uffff\1\107\2\uffff\1\111\2\uffff\1\112\2\uffff\1\113",
            "\1\115\3\uffff\1\116\5\uffff\1\117\2\uffff\1\114",
            "\1\120",
            "\1\122\1\uffff\1\121",
            "\1\123\3\uffff\1\125\11\uffff\1\124",
            "\1\127\1\130\26\uffff\1\126",
            "\1\131\5\uffff\1\135\5\uffff\1\132\1\134\3\uffff\1\136\1\133",
            "\1\137",
            "\1\143\3\uffff\1\141\3\uffff\1\142\5\uffff\1\140",
            "\1\145\1\uffff\1\144\1\146",
            "\1\152\1\153\25\uffff\1\150\6\uffff\1\147\5\uffff\1\151",
            "\1\154\3\uffff\1\155",
            "\1\157\10\uffff\1\156\4\uffff\1\161\5\uffff\1\160",
            "\1\162",
            "\1\164\14\uffff\1\163",
            "\1\165\5\uffff\1\166",
            "\1\167",
            "\1\170",
            "\1\173\3\uffff\1\174\11\uffff\1\172\2\uffff\1\171",
            "\1\176\20\uffff\1\175",
            "\1\177",
            "\1\u0080",
            "\1\u0082\3\uffff\1\u0083\5\uffff\1\u0081",
            "",
            "",
            "\1\u0086\3\uffff\1\u0088\5\uffff\1\u0089\5\uffff\1\u0087",
            "\1\u008b\3\uffff\1\u008a",
            "\1\u0091\3\uffff\1\u0090\1\uffff\1\u008e\4\uffff\1\u008d\3\uffff\1\u008c\1\u008f",
            "\1\u0093\23\uffff\1\u0092\3\uffff\1\u0094",
            "\1\u0095\6\uffff\1\u0098\3\uffff\1\u0096\2\uffff\1\u0097",
            "\1\u009a\14\uffff\1\u0099",
            "\1\u009e\3\uffff\1\u009b\2\uffff\1\u009c\6\uffff\1\u009f\5\uffff\1\u009d",
            "\1\u00a1\2\uffff\1\u00a0",
            "",
            "\1\u00a3",
            "\1\u00a6\3\uffff\1\u00a4\11\uffff\1\u00a5",
            "\1\u00a9\11\uffff\1\u00a7\5\uffff\1\u00a8",
            "\1\u00aa",
            "\1\u00ac\2\uffff\1\u00ab",
            "\1\u00ae\17\uffff\1\u00ad",
            "\1\u00b0\1\u00af",
            "\1\u00b1",
            "",
            "",
            "\1\u00b4",
            "",
            "",
            "\0\u00b6",
            "\1\u00b7\4\uffff\1\u00b8",
            "",
            "",
            "",
            "",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u00bb",
            "\1\u00bc",
            "\1\u00bd",
            "",
            "\1\u00be",
            "\1\u00c1\11\uffff\1\u00bf\6\uffff\1\u00c0",
            "\1\u00c2",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u00c5",
            "\1\u00c6",
            "\1\u00c7",
            "\1\u00c8\11\uffff\1\u00c9",
            "\1\u00ca",
            "\1\u00cb",
            "\1\u00cc",
            "\1\u00cd\15\uffff\1\u00ce",
            "\1\u00cf\1\u00d0",
            "\1\u00d1",
            "\1\u00d2",
            "\1\u00d6\2\uffff\1\u00d5\14\uffff\1\u00d4\2\uffff\1\u00d3",
            "\1\u00d7\1\u00da\2\uffff\1\u00d8\15\uffff\1\u00d9\12\uffff\1\u00db",
            "\1\u00dc",
            "\1\u00dd",
            "\1\u00de",
            "\1\u00df",
            "\1\u00e1\5\uffff\1\u00e0",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u00e4\6\uffff\1\u00e5",
            "\1\u00e6",
            "\1\u00e7",
            "\1\u00e8",
            "\1\u00e9",
            "\1\u00ea",
            "\1\u00eb",
            "\1\u00ec",
            "\1\u00ef\1\u00ed\10\uffff\1\u00ee",
            "\1\u00f0",
            "\1\u00f1",
            "\1\u00f2",
            "\1\u00f3",
            "\1\u00f4",
            "\1\u00f7\1\uffff\1\u00f6\6\uffff\1\u00f5",
            "\1\u00f8",
            "\1\u00f9",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u00fc",
            "\1\u00fe\6\uffff\1\u00fd",
            "\1\u00ff\16\uffff\1\u0100",
            "\1\u0101",
            "\1\u0102",
            "\1\u0103",
            "\1\u0104\7\uffff\1\u0105",
            "\1\u0106",
            "\1\u0107",
            "\1\u0108\16\uffff\1\u0109",
            "\1\u010a",
            "\1\u010b",
            "\1\u010c",
            "\1\u010d",
            "\1\u010e",
            "\1\u010f",
            "\1\u0110",
            "\1\u0111",
            "\1\u0112",
            "\1\u0113",
            "\1\u0114\7\uffff\1\u0115",
            "\1\u0116",
            "\1\u0117",
            "\1\u0118",
            "",
            "",
            "\1\u0119",
            "\1\u011b\1\uffff\1\u011a",
            "\1\u011c\12\uffff\1\u011d",
            "\1\u011e",
            "\1\u011f",
            "\1\u0120",
            "\1\u0121",
            "\1\u0122",
            "\1\u0123",
            "\1\u0124",
            "\1\u0125",
            "\1\u0126",
            "\1\u0127",
            "\1\u0128\17\uffff\1\u0129",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u012b",
            "\1\u012c",
            "\1\u012d",
            "\1\u012e\3\uffff\1\u012f",
            "\1\u0130",
            "\1\u0131",
            "\1\u0132",
            "\1\u0133",
            "\1\u0134",
            "\1\u0135",
            "\1\u0136",
            "\1\u0137",
            "\1\u0138",
            "",
            "\1\u0139",
            "\1\u013a",
            "\1\u013b",
            "\1\u013c",
            "\1\u013d",
            "\1\u013e",
            "\1\u013f",
            "\1\u0140",
            "\1\u0142\7\uffff\1\u0141",
            "\1\u0143",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0145",
            "\1\u0146\12\uffff\1\u0147",
            "\1\u0148",
            "\1\u0149",
            "",
            "",
            "\1\u014a",
            "",
            "",
            "",
            "",
            "",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u014c",
            "\1\u014d",
            "\1\u014f\13\uffff\1\u014e",
            "\1\u0150",
            "\1\u0151",
            "\1\u0152",
            "\1\u0153",
            "",
            "",
            "\1\u0154",
            "\1\u0155",
            "\1\u0157\4\uffff\1\u0156",
            "\1\u0158",
            "\1\u0159",
            "\1\u015a",
            "\1\u015b\11\uffff\1\u015c",
            "\1\u015d",
            "\1\u015e",
            "\1\u015f",
            "\1\u0160",
            "\1\u0161",
            "\1\u0162",
            "\1\u0163",
            "\1\u0164",
            "\1\u0165",
            "\1\u0166\17\uffff\1\u0167",
            "\1\u0168",
            "\1\u0169",
            "\1\u016a",
            "\1\u016b\3\uffff\1\u016c",
            "\1\u016d",
            "\1\u016e",
            "\1\u016f",
            "\1\u0170",
            "\1\u0171",
            "\1\u0172",
            "\1\u0173",
            "\1\u0174",
            "",
            "",
            "\1\u0175",
            "\1\u0176",
            "\1\u0177",
            "\1\u0178",
            "\1\u0179",
            "\1\u017a",
            "\1\u017b",
            "\1\u017c",
            "\1\u017d",
            "\1\u017e",
            "\1\u017f",
            "\1\u0180",
            "\1\u0181",
            "\1\u0182",
            "\1\u0183",
            "\1\u0184",
            "\1\u0185",
            "\1\u0186\1\uffff\1\u0187",
            "\1\u0188",
            "\1\u0189",
            "\1\u018a",
            "\1\u018b",
            "",
            "",
            "\1\u018c",
            "\1\u018d",
            "\1\u018e",
            "\1\u018f",
            "\1\u0190",
            "\1\u0191",
            "\1\u0192",
            "\1\u0193",
            "\1\u0194",
            "\1\u0195",
            "\1\u0196",
            "\1\u0197",
            "\1\u0198",
            "\1\u0199",
            "\1\u019a",
            "\1\u019b",
            "\1\u019c",
            "\1\u019d",
            "\1\u019e",
            "\1\u019f\1\u01a0",
            "\1\u01a1",
            "\1\u01a2",
            "\1\u01a3",
            "\1\u01a4",
            "\1\u01a5",
            "\1\u01a6",
            "\1\u01a7",
            "\1\u01a8",
            "\1\u01a9",
            "\1\u01aa",
            "\1\u01ab",
            "\1\u01ac",
            "\1\u01ad",
            "\1\u01ae",
            "\1\u01af",
            "\1\u01b0",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u01b2\15\uffff\1\u01b3",
            "\1\u01b4",
            "\1\u01b5",
            "\1\u01b6",
            "\1\u01b7",
            "\1\u01b8",
            "\1\u01b9",
            "\1\u01ba",
            "\1\u01bb",
            "",
            "\1\u01bc",
            "\1\u01bd",
            "\1\u01be\20\uffff\1\u01bf",
            "\1\u01c0",
            "\1\u01c1",
            "\1\u01c2",
            "\1\u01c3",
            "\1\u01c4",
            "\1\u01c5",
            "\1\u01c6",
            "\1\u01c7",
            "\1\u01c8",
            "\1\u01c9",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\14\77\1\u01ca\15\77",
            "\1\u01cc",
            "\1\u01cd",
            "\1\u01ce",
            "\1\u01cf",
            "\1\u01d0",
            "\1\u01d1",
            "\1\u01d2",
            "\1\u01d3",
            "\1\u01d4",
            "\1\u01d5",
            "\1\u01d6",
            "",
            "\1\u01d7",
            "\1\u01d8",
            "\1\u01d9",
            "\1\u01da",
            "\1\u01db",
            "\1\u01dc",
            "",
            "\1\u01dd",
            "\1\u01de",
            "\1\u01df",
            "\1\u01e0",
            "\1\u01e1",
            "\1\u01e2\17\uffff\1\u01e3",
            "\1\u01e4",
            "\1\u01e5",
            "\1\u01e6",
            "\1\u01e7",
            "\1\u01e8",
            "\1\u01e9",
            "\1\u01ea",
            "\1\u01eb",
            "\1\u01ec",
            "\1\u01ed",
            "\1\u01ee",
            "\1\u01ef",
            "\1\u01f0",
            "\1\u01f1",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u01f3",
            "\1\u01f4",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u01f6",
            "\1\u01f7",
            "\1\u01f8",
            "\1\u01f9",
            "\1\u01fa",
            "\1\u01fb",
            "\1\77\2\uffff\12\77\7\uffff\21\77\1\u01fc\10\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u01fe",
            "\1\u01ff",
            "\1\u0200",
            "\1\u0201",
            "\1\u0202",
            "\1\u0203",
            "\1\u0204",
            "\1\u0205",
            "\1\u0206",
            "\1\u0207",
            "\1\u0208",
            "\1\u0209",
            "\1\u020a",
            "\1\u020b",
            "\1\u020c",
            "\1\u020d",
            "\1\u020e",
            "\1\u0210\6\uffff\1\u020f",
            "\1\u0211",
            "\1\u0212",
            "\1\u0213",
            "\1\u0214",
            "\1\u0215",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0217",
            "\1\u0218",
            "\1\u0219",
            "\1\u021a",
            "\1\u021b",
            "\1\u021c",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u021e",
            "\1\u021f",
            "\1\u0220",
            "\1\u0221",
            "\1\u0222",
            "\1\u0223",
            "\1\u0224",
            "\1\u0225",
            "\1\u0226",
            "\1\u0227",
            "\1\u0228",
            "\1\u0229",
            "\1\u022a",
            "\1\u022b",
            "\1\u022c",
            "\1\u022d",
            "\1\u022e",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0230",
            "\1\u0231",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\u0232\1\uffff\32\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0235",
            "\1\u0236",
            "\1\u0237",
            "\1\u0238",
            "\1\u0239",
            "\1\u023a",
            "\1\u023b",
            "\1\u023c",
            "\1\u023d",
            "\1\u023e",
            "\1\u023f",
            "\1\u0240",
            "\1\u0241",
            "\1\u0242",
            "\1\u0243",
            "\1\u0244",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "\1\u0246",
            "\1\u0247",
            "\1\u0248",
            "\1\u0249",
            "\1\u024a",
            "\1\u024b",
            "\1\u024c",
            "\1\u024d",
            "\1\u024e",
            "\1\u024f",
            "\1\u0250",
            "\1\u0251",
            "\1\u0252",
            "\1\u0253",
            "\1\u0254",
            "\1\u0255",
            "\1\u0256",
            "\1\u0257",
            "\1\u0258",
            "\1\u0259",
            "\1\u025a",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u025c",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u025e",
            "",
            "\1\u025f",
            "\1\u0260",
            "\1\u0261",
            "\1\u0262",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\22\77\1\u0263\7\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0266",
            "\1\u0267",
            "\1\u0268",
            "\1\u0269",
            "\1\u026a",
            "\1\u026b",
            "\1\u026c",
            "\1\u026d",
            "\1\u026e",
            "\1\u026f",
            "\1\u0270",
            "\1\u0271",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0273",
            "\1\u0274",
            "\1\u0275",
            "\1\u0276",
            "\1\u0277",
            "\1\u0278",
            "\1\u0279",
            "\1\u027a",
            "\1\u027b",
            "\1\u027c",
            "\1\u027d",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u027f",
            "\1\u0280",
            "\1\u0281",
            "\1\u0282",
            "\1\u0283",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0285",
            "",
            "\1\u0286",
            "\1\u0287",
            "",
            "\1\u0288",
            "\1\u0289",
            "\1\u028a",
            "\1\u028b",
            "\1\u028c",
            "\1\u028d",
            "\1\u028e",
            "",
            "\1\u028f",
            "\1\u0290",
            "\1\u0291",
            "\1\u0292",
            "\1\u0293",
            "\1\u0294",
            "\1\u0295",
            "\1\u0296",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0298",
            "\1\u0299",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u029b",
            "\1\u029c",
            "\1\u029d",
            "\1\u029e",
            "\1\u029f",
            "\1\u02a0",
            "\1\u02a1",
            "\1\u02a2",
            "\1\u02a3",
            "\1\u02a4",
            "\1\u02a5",
            "\1\u02a6",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u02a8",
            "\1\u02a9",
            "\1\u02aa",
            "\1\u02ab",
            "\1\u02ac",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u02ae",
            "\1\u02af",
            "\1\u02b0",
            "\1\u02b1",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u02b3",
            "\1\u02b4",
            "\1\u02b5",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u02b7",
            "\1\u02b8",
            "\1\u02b9",
            "\1\u02ba",
            "\1\u02bb",
            "\1\u02bc",
            "\1\u02bd",
            "",
            "\1\u02be",
            "\1\u02bf",
            "\1\u02c0",
            "",
            "",
            "\1\u02c1",
            "\1\u02c2",
            "\1\u02c3",
            "\1\u02c4",
            "\1\u02c5",
            "\1\u02c6",
            "\1\u02c7",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u02c9",
            "\1\u02ca",
            "\1\u02cb",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u02cd",
            "\1\u02ce",
            "\1\u02cf",
            "\1\u02d0",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u02d2",
            "\1\u02d3",
            "\1\u02d4",
            "\1\u02d5",
            "\1\u02d6",
            "\1\u02d7",
            "\1\u02d8",
            "\1\u02d9",
            "\1\u02da",
            "\1\u02db",
            "\1\u02dc",
            "\1\u02dd",
            "\1\u02de",
            "\1\u02df",
            "\1\u02e0",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u02e2",
            "\1\u02e3",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u02e5",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u02e8",
            "\1\u02e9",
            "\1\u02ea",
            "\1\u02eb",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "",
            "\1\u02ed",
            "\1\u02ee",
            "\1\u02ef",
            "\1\u02f0",
            "\1\u02f1",
            "\1\u02f2",
            "\1\u02f3",
            "\1\u02f4",
            "\1\u02f5",
            "\1\u02f6",
            "\1\u02f7",
            "\1\u02f8",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u02fa",
            "\1\u02fb",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u02fd",
            "\1\u02fe",
            "\1\u02ff",
            "\1\u0300",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0302",
            "\1\u0303",
            "",
            "\1\u0304",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0306",
            "\1\u0307",
            "\1\u0308",
            "",
            "\1\u0309",
            "\1\u030a",
            "\1\u030b",
            "\1\u030c",
            "\1\u030d",
            "\1\u030e",
            "\1\u030f",
            "\1\u0310",
            "\1\u0311",
            "\1\u0312",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0314",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0316",
            "\1\u0317",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\u0318\1\uffff\32\77",
            "\1\u031a",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "\1\u031c",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "\1\u031e",
            "\1\u031f",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\u0321\1\uffff\32\77",
            "\1\u0323",
            "\1\u0324",
            "\1\u0325",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0327",
            "\1\u0328",
            "\1\u0329",
            "\1\u032a",
            "",
            "\1\u032b",
            "\1\u032c",
            "\1\u032d",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u032f",
            "",
            "\1\u0330",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0332",
            "\1\u0333",
            "",
            "\1\u0334\7\uffff\1\u0335",
            "\1\u0336\5\uffff\1\u0337",
            "\1\u0338",
            "",
            "\1\u0339",
            "\1\u033a",
            "\1\u033b",
            "\1\u033c",
            "\1\u033d",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u033f",
            "\1\u0340",
            "\1\u0341",
            "\1\u0342",
            "\1\u0343",
            "\1\u0344",
            "\1\u0345",
            "\1\u0346",
            "\1\u0347",
            "\1\u0348",
            "\1\u0349",
            "",
            "\1\u034a",
            "\1\u034b",
            "\1\u034c",
            "",
            "\1\u034d",
            "\1\u034e",
            "\1\u034f",
            "\1\u0350",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0354",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0356",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0358",
            "\1\u0359",
            "\1\u035a",
            "\1\u035b",
            "\1\u035c",
            "\1\u035d",
            "\1\u035e",
            "\1\u035f",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\1\u0361\21\77\1\u0362\7\77",
            "",
            "\1\u0364",
            "",
            "",
            "\1\u0365",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0367",
            "\1\u0368",
            "",
            "\1\u0369",
            "\1\u036a",
            "\1\u036b",
            "\1\u036c",
            "\1\u036d",
            "\1\u036e",
            "\1\u036f",
            "\1\u0370",
            "\1\u0371",
            "\1\u0372",
            "\1\u0373",
            "\1\u0374",
            "",
            "\1\u0375",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0378",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u037a",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u037c",
            "\1\u037d",
            "",
            "\1\u037e",
            "\1\u037f",
            "\1\u0380",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0382",
            "\1\u0383",
            "\1\u0384",
            "\1\u0385",
            "\1\u0386",
            "\1\u0387",
            "\1\u0388",
            "\1\u0389",
            "\1\u038a",
            "",
            "\1\u038b",
            "",
            "\1\u038c",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u038e",
            "",
            "\1\u038f",
            "",
            "\1\u0390",
            "",
            "\1\u0391\1\u0392\4\uffff\1\u0393",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "\1\u0395",
            "",
            "\1\u0396",
            "\1\u0397",
            "\1\u0398",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u039a",
            "\1\u039b",
            "\1\u039c",
            "\1\u039d",
            "\1\u039e",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "\1\u03a0",
            "\1\u03a1",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u03a3",
            "\1\u03a4",
            "\1\u03a5",
            "\1\u03a6",
            "\1\u03a7",
            "\1\u03a8",
            "\1\u03a9",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\u03aa\1\uffff\32\77",
            "\1\u03ac",
            "\1\u03ad",
            "\1\u03ae",
            "",
            "\1\u03af",
            "\1\u03b0",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u03b2",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u03b5",
            "\1\u03b6",
            "\1\u03b7",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u03b9",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u03bc",
            "\1\u03bd",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u03bf",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "",
            "",
            "\1\u03c1",
            "",
            "\1\u03c2",
            "",
            "\1\u03c3",
            "\1\u03c4",
            "\1\u03c5",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u03c7",
            "\1\u03c8",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u03ce",
            "",
            "\1\u03cf",
            "\1\u03d0",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u03d3",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u03d5",
            "\1\u03d6",
            "\1\u03d7",
            "\1\u03d8",
            "\1\u03d9",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u03db",
            "\1\u03dc",
            "\1\u03dd",
            "",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "\1\u03df",
            "",
            "\1\u03e0",
            "\1\u03e1",
            "\1\u03e2",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u03e4",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u03e6",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u03ea",
            "\1\u03eb",
            "\1\u03ec",
            "\1\u03ed",
            "\1\u03ee",
            "\1\u03ef",
            "",
            "\1\u03f0",
            "\1\u03f1",
            "\1\u03f2",
            "\1\u03f3",
            "\1\u03f4",
            "\1\u03f5",
            "",
            "\1\u03f6",
            "\1\u03f7",
            "\1\u03f8",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "\1\u03fa",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u03fc",
            "\1\u03fd",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "\1\u03ff",
            "\1\u0400",
            "",
            "\1\u0401",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0403",
            "\1\u0404",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0406",
            "\1\u0407",
            "\1\u0408",
            "",
            "\1\u0409",
            "\1\u040a",
            "\1\u040b",
            "\1\u040c",
            "\1\u040d",
            "",
            "\1\u040e",
            "",
            "",
            "\1\u040f",
            "\1\u0410",
            "\1\u0411",
            "",
            "\1\u0412",
            "",
            "",
            "\1\u0413",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "\1\u0415",
            "",
            "\1\u0416",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0418",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "",
            "",
            "",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u041e",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "",
            "\1\u0420",
            "",
            "\1\u0421",
            "\1\u0422",
            "\1\u0423",
            "\1\u0424",
            "\1\u0425",
            "",
            "\1\u0426",
            "\1\u0427",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "\1\u0429",
            "\1\u042a",
            "\1\u042b",
            "\1\u042c",
            "",
            "\1\u042d",
            "",
            "\1\u042e",
            "",
            "",
            "",
            "\1\u042f",
            "\1\u0430",
            "\1\u0431",
            "\1\u0432",
            "\1\u0433",
            "\1\u0434",
            "\1\u0435",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0437",
            "\1\u0438",
            "\1\u0439",
            "\1\u043a",
            "\1\u043b",
            "\1\u043c",
            "\1\u043d",
            "",
            "\1\u043e",
            "",
            "\1\u043f",
            "\1\u0440",
            "",
            "\1\u0441",
            "\1\u0442",
            "\1\u0443",
            "",
            "\1\u0444",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "\1\u0446",
            "\1\u0447",
            "\1\u0448",
            "\1\u0449",
            "\1\u044a",
            "\1\u044b",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u044d",
            "\1\u044e",
            "\1\u044f",
            "\1\u0450",
            "\1\u0451",
            "\1\u0452",
            "\1\u0453",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0455",
            "",
            "\1\u0456",
            "",
            "",
            "",
            "",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0459",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u045c",
            "\1\u045d",
            "\1\u045e",
            "\1\u045f",
            "",
            "\1\u0460",
            "\1\u0461",
            "\1\u0462",
            "\1\u0463",
            "\1\u0464",
            "\1\u0465",
            "\1\u0466",
            "\1\u0467",
            "\1\u0468",
            "\1\u0469",
            "\1\u046a",
            "\1\u046b",
            "\1\u046c",
            "",
            "\1\u046d",
            "\1\u046e",
            "\1\u046f",
            "\1\u0470",
            "\1\u0471",
            "\1\u0472",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0474",
            "\1\u0475",
            "\1\u0476",
            "\1\u0477",
            "\1\u0478",
            "\1\u0479",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "\1\u047b",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u047d",
            "\1\u047e",
            "\1\u047f",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0482",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0484",
            "\1\u0485",
            "\1\u0486",
            "\1\u0487",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "",
            "\1\u048b",
            "\1\u048c",
            "\1\u048d",
            "\1\u048e",
            "\1\u048f",
            "\1\u0490",
            "\1\u0491",
            "\1\u0492",
            "\1\u0493",
            "\1\u0494",
            "\1\u0495",
            "\1\u0496",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u049b",
            "\1\u049c",
            "\1\u049d",
            "\1\u049e",
            "\1\u049f",
            "\1\u04a0",
            "\1\u04a1",
            "",
            "\1\u04a2",
            "\1\u04a3",
            "\1\u04a4",
            "\1\u04a5",
            "\1\u04a6",
            "\1\u04a7",
            "",
            "\1\u04a8",
            "",
            "\1\u04a9",
            "\1\u04aa",
            "\1\u04ab",
            "",
            "",
            "\1\u04ac",
            "",
            "\1\u04ad",
            "\1\u04ae",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u04b3",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u04b5",
            "\1\u04b6",
            "\1\u04b7",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u04b9",
            "\1\u04ba",
            "\1\u04bb",
            "\1\u04bc",
            "",
            "",
            "",
            "",
            "\1\u04bd",
            "\1\u04be",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u04c0",
            "\1\u04c1",
            "\1\u04c2",
            "\1\u04c3",
            "\1\u04c4",
            "\1\u04c5",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u04c7",
            "\1\u04c8",
            "\1\u04c9",
            "\1\u04ca",
            "\1\u04cb",
            "\1\u04cc",
            "\1\u04cd",
            "\1\u04ce",
            "\1\u04cf",
            "\1\u04d0",
            "",
            "",
            "",
            "",
            "\1\u04d1",
            "",
            "\1\u04d2",
            "\1\u04d3",
            "\1\u04d4",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u04d6",
            "\1\u04d7",
            "\1\u04d8",
            "\1\u04d9",
            "\1\u04da",
            "",
            "\1\u04db",
            "\1\u04dc",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u04de",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\u04df\1\uffff\32\77",
            "\1\u04e1",
            "",
            "\1\u04e2",
            "\1\u04e3",
            "\1\u04e4",
            "\1\u04e5",
            "\1\u04e6",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u04e8",
            "\1\u04e9",
            "\1\u04ea",
            "\1\u04eb",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u04ed",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u04ef",
            "",
            "\1\u04f0",
            "\1\u04f1",
            "\1\u04f2",
            "\1\u04f3",
            "\1\u04f4",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "\1\u04f7",
            "\1\u04f8",
            "",
            "\1\u04f9",
            "\1\u04fa",
            "\1\u04fb",
            "\1\u04fc",
            "\1\u04fd",
            "\1\u04fe",
            "",
            "\1\u04ff",
            "\1\u0500",
            "\1\u0501",
            "\1\u0502",
            "",
            "\1\u0503",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0505",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0507",
            "\1\u0508",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u050b",
            "\1\u050c",
            "\1\u050d",
            "\1\u050e",
            "\1\u050f",
            "\1\u0510",
            "\1\u0511",
            "\1\u0512",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0514",
            "\1\u0515",
            "\1\u0516",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0519",
            "",
            "",
            "\1\u051a",
            "\1\u051b",
            "\1\u051c",
            "\1\u051d",
            "\1\u051e",
            "\1\u051f",
            "\1\u0520",
            "\1\u0521",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0524",
            "",
            "",
            "\1\u0525",
            "\1\u0526",
            "\1\u0527",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0529",
            "\1\u052a",
            "\1\u052b",
            "\1\u052c",
            "\1\u052d",
            "",
            "",
            "\1\u052e",
            "\1\u052f",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0531",
            "",
            "\1\u0532",
            "\1\u0533",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0535",
            "\1\u0536",
            "\1\u0537",
            "\1\u0538",
            "",
            "\1\u0539",
            "\1\u053a",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u053d",
            "\1\u053e",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0541",
            "",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0543",
            "",
            "",
            "\1\u0544",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            "\1\u0546",
            "",
            "\1\77\2\uffff\12\77\7\uffff\32\77\4\uffff\1\77\1\uffff\32\77",
            ""
    };

    static final short[] DFA11_eot = DFA.unpackEncodedString(DFA11_eotS);
    static final short[] DFA11_eof = DFA.unpackEncodedString(DFA11_eofS);
    static final char[] DFA11_min = DFA.unpackEncodedStringToUnsignedChars(DFA11_minS);
    static final char[] DFA11_max = DFA.unpackEncodedStringToUnsignedChars(DFA11_maxS);
    static final short[] DFA11_accept = DFA.unpackEncodedString(DFA11_acceptS);
    static final short[] DFA11_special = DFA.unpackEncodedString(DFA11_specialS);
    static final short[][] DFA11_transition;

    static {
        int numStates = DFA11_transitionS.length;
        DFA11_transition = new short[numStates][];
        for (int i=0; i<numStates; i++) {
            DFA11_transition[i] = DFA.unpackEncodedString(DFA11_transitionS[i]);
        }
    }

    class DFA11 extends DFA {

        public DFA11(BaseRecognizer recognizer) {
            this.recognizer = recognizer;
            this.decisionNumber = 11;
            this.eot = DFA11_eot;
            this.eof = DFA11_eof;
            this.min = DFA11_min;
            this.max = DFA11_max;
            this.accept = DFA11_accept;
            this.special = DFA11_special;
            this.transition = DFA11_transition;
        }
        public String getDescription() {
            return "1:1: Tokens : ( T__11 | T__12 | T__13 | T__14 | T__15 | T__16 | T__17 | T__18 | T__19 | T__20 | T__21 | T__22 | T__23 | T__24 | T__25 | T__26 | T__27 | T__28 | T__29 | T__30 | T__31 | T__32 | T__33 | T__34 | T__35 | T__36 | T__37 | T__38 | T__39 | T__40 | T__41 | T__42 | T__43 | T__44 | T__45 | T__46 | T__47 | T__48 | T__49 | T__50 | T__51 | T__52 | T__53 | T__54 | T__55 | T__56 | T__57 | T__58 | T__59 | T__60 | T__61 | T__62 | T__63 | T__64 | T__65 | T__66 | T__67 | T__68 | T__69 | T__70 | T__71 | T__72 | T__73 | T__74 | T__75 | T__76 | T__77 | T__78 | T__79 | T__80 | T__81 | T__82 | T__83 | T__84 | T__85 | T__86 | T__87 | T__88 | T__89 | T__90 | T__91 | T__92 | T__93 | T__94 | T__95 | T__96 | T__97 | T__98 | T__99 | T__100 | T__101 | T__102 | T__103 | T__104 | T__105 | T__106 | T__107 | T__108 | T__109 | T__110 | T__111 | T__112 | T__113 | T__114 | T__115 | T__116 | T__117 | T__118 | T__119 | T__120 | T__121 | T__122 | T__123 | T__124 | T__125 | T__126 | T__127 | T__128 | T__129 | T__130 | T__131 | T__132 | T__133 | T__134 | T__135 | T__136 | T__137 | T__138 | T__139 | T__140 | T__141 | T__142 | T__143 | T__144 | T__145 | T__146 | T__147 | T__148 | T__149 | T__150 | T__151 | T__152 | T__153 | T__154 | T__155 | T__156 | T__157 | T__158 | T__159 | T__160 | T__161 | T__162 | T__163 | T__164 | T__165 | T__166 | T__167 | T__168 | T__169 | T__170 | T__171 | T__172 | T__173 | T__174 | T__175 | T__176 | T__177 | T__178 | T__179 | T__180 | T__181 | T__182 | T__183 | T__184 | T__185 | T__186 | T__187 | T__188 | RULE_ID | RULE_INT | RULE_STRING | RULE_ML_COMMENT | RULE_SL_COMMENT | RULE_WS | RULE_ANY_OTHER );";
        }
        public int specialStateTransition(int s, IntStream _input) throws NoViableAltException {
            IntStream input = _input;
        	int _s = s;
            switch ( s ) {
                    case 0 : 
                        int LA11_52 = input.LA(1);

                        s = -1;
                        if ( ((LA11_52>='\u0000' && LA11_52<='\uFFFF')) ) {s = 182;}

                        else s = 55;

                        if ( s>=0 ) return s;
                        break;
                    case 1 : 
                        int LA11_0 = input.LA(1);

                        s = -1;
                        if ( (LA11_0=='-') ) {s = 1;}

                        else if ( (LA11_0=='+') ) {s = 2;}

                        else if ( (LA11_0=='o') ) {s = 3;}

                        else if ( (LA11_0=='A') ) {s = 4;}

                        else if ( (LA11_0=='P') ) {s = 5;}

                        else if ( (LA11_0=='D') ) {s = 6;}

                        else if ( (LA11_0=='R') ) {s = 7;}

                        else if ( (LA11_0=='I') ) {s = 8;}

                        else if ( (LA11_0=='F') ) {s = 9;}

                        else if ( (LA11_0=='B') ) {s = 10;}

                        else if ( (LA11_0=='S') ) {s = 11;}

                        else if ( (LA11_0=='J') ) {s = 12;}

                        else if ( (LA11_0=='M') ) {s = 13;}

                        else if ( (LA11_0=='O') ) {s = 14;}

                        else if ( (LA11_0=='C') ) {s = 15;}

                        else if ( (LA11_0=='L') ) {s = 16;}

                        else if ( (LA11_0=='E') ) {s = 17;}

                        else if ( (LA11_0=='H') ) {s = 18;}

                        else if ( (LA11_0=='G') ) {s = 19;}

                        else if ( (LA11_0=='V') ) {s = 20;}

                        else if ( (LA11_0=='N') ) {s = 21;}

                        else if ( (LA11_0=='K') ) {s = 22;}

                        else if ( (LA11_0=='W') ) {s = 23;}

                        else if ( (LA11_0=='T') ) {s = 24;}

                        else if ( (LA11_0=='Y') ) {s = 25;}

                        else if ( (LA11_0=='U') ) {s = 26;}

                        else if ( (LA11_0=='m') ) {s = 27;}

                        else if ( (LA11_0=='{') ) {s = 28;}

                        else if ( (LA11_0=='}') ) {s = 29;}

                        else if ( (LA11_0=='d') ) {s = 30;}

                        else if ( (LA11_0=='k') ) {s = 31;}

                        else if ( (LA11_0=='s') ) {s = 32;}

                        else if ( (LA11_0=='b') ) {s = 33;}

                        else if ( (LA11_0=='c') ) {s = 34;}

                        else if ( (LA11_0=='g') ) {s = 35;}

                        else if ( (LA11_0=='p') ) {s = 36;}

                        else if ( (LA11_0=='f') ) {s = 37;}

                        else if ( (LA11_0==',') ) {s = 38;}

                        else if ( (LA11_0=='l') ) {s = 39;}

                        else if ( (LA11_0=='h') ) {s = 40;}

                        else if ( (LA11_0=='r') ) {s = 41;}

                        else if ( (LA11_0=='j') ) {s = 42;}

                        else if ( (LA11_0=='t') ) {s = 43;}

                        else if ( (LA11_0=='a') ) {s = 44;}

                        else if ( (LA11_0=='i') ) {s = 45;}

                        else if ( (LA11_0=='e') ) {s = 46;}

                        else if ( (LA11_0=='=') ) {s = 47;}

                        else if ( (LA11_0=='.') ) {s = 48;}

                        else if ( (LA11_0=='u') ) {s = 49;}

                        else if ( (LA11_0=='Q'||LA11_0=='X'||LA11_0=='Z'||LA11_0=='_'||LA11_0=='n'||LA11_0=='q'||(LA11_0>='v' && LA11_0<='z')) ) {s = 50;}

                        else if ( ((LA11_0>='0' && LA11_0<='9')) ) {s = 51;}

                        else if ( (LA11_0=='\"') ) {s = 52;}

                        else if ( (LA11_0=='/') ) {s = 53;}

                        else if ( ((LA11_0>='\t' && LA11_0<='\n')||LA11_0=='\r'||LA11_0==' ') ) {s = 54;}

                        else if ( ((LA11_0>='\u0000' && LA11_0<='\b')||(LA11_0>='\u000B' && LA11_0<='\f')||(LA11_0>='\u000E' && LA11_0<='\u001F')||LA11_0=='!'||(LA11_0>='#' && LA11_0<='*')||(LA11_0>=':' && LA11_0<='<')||(LA11_0>='>' && LA11_0<='@')||(LA11_0>='[' && LA11_0<='^')||LA11_0=='`'||LA11_0=='|'||(LA11_0>='~' && LA11_0<='\uFFFF')) ) {s = 55;}

                        if ( s>=0 ) return s;
                        break;
            }
            NoViableAltException nvae =
                new NoViableAltException(getDescription(), 11, _s, input);
            error(nvae);
            throw nvae;
        }
    }
 

}