"""Services88 AI agent (``Remote/Services88/AI.svc``).

``AIAgent`` and ``AsyncAIAgent`` call it over SOAP, ``AIRestAgent`` and ``AsyncAIRestAgent``
over REST; all four share the same typed methods and dataclasses.
"""

from __future__ import annotations

from typing import Any

from ..runtime import BOOL, BYTES, INT, STR, UNSET, Operation, Param, Unset
from ..transport import (
    AsyncCalls,
    AsyncRestCaller,
    AsyncSoapCaller,
    RestCaller,
    SoapCaller,
    SyncCalls,
)
from .headers import HEADERS
from .types.ai_text_style import AI_TEXT_STYLE_CODEC, AiTextStyle
from .types.appointment_entity import APPOINTMENT_ENTITY_CODEC, AppointmentEntity
from .types.biz_card import BIZ_CARD_CODEC, BizCard
from .types.categorization_status_response import (
    CATEGORIZATION_STATUS_RESPONSE_CODEC,
    CategorizationStatusResponse,
)
from .types.chatbot_turn import CHATBOT_TURN_CODEC, LIST_OF_CHATBOT_TURN_CODEC, ChatbotTurn
from .types.copilot_data_source_entity import (
    COPILOT_DATA_SOURCE_ENTITY_CODEC,
    CopilotDataSourceEntity,
)
from .types.copilot_entity import COPILOT_ENTITY_CODEC, CopilotEntity
from .types.rag_answer import RAG_ANSWER_CODEC, RagAnswer
from .types.rag_result import LIST_OF_RAG_RESULT_CODEC, RagResult
from .types.rag_type import RAG_TYPE_CODEC, RagType
from .types.sentiment import SENTIMENT_CODEC, Sentiment
from .types.string_dictionary import STRING_DICTIONARY_CODEC

NAMESPACE = "http://www.superoffice.net/ws/crm/NetServer/Services88"

CREATE_DEFAULT_COPILOT_DATA_SOURCE_ENTITY: Operation[CopilotDataSourceEntity | None] = Operation(
    "CreateDefaultCopilotDataSourceEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/CreateDefaultCopilotDataSourceEntity",
    results=(Param("response", "Response", COPILOT_DATA_SOURCE_ENTITY_CODEC, nillable=True),),
)

SAVE_COPILOT_DATA_SOURCE_ENTITY: Operation[CopilotDataSourceEntity | None] = Operation(
    "SaveCopilotDataSourceEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/SaveCopilotDataSourceEntity",
    params=(
        Param(
            "copilot_data_source_entity",
            "CopilotDataSourceEntity",
            COPILOT_DATA_SOURCE_ENTITY_CODEC,
            nillable=True,
        ),
    ),
    results=(Param("response", "Response", COPILOT_DATA_SOURCE_ENTITY_CODEC, nillable=True),),
)

DELETE_COPILOT_DATA_SOURCE_ENTITY: Operation[None] = Operation(
    "DeleteCopilotDataSourceEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/DeleteCopilotDataSourceEntity",
    params=(Param("copilot_data_source_entity_id", "CopilotDataSourceEntityId", INT),),
)

CREATE_DEFAULT_COPILOT_ENTITY: Operation[CopilotEntity | None] = Operation(
    "CreateDefaultCopilotEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/CreateDefaultCopilotEntity",
    results=(Param("response", "Response", COPILOT_ENTITY_CODEC, nillable=True),),
)

SAVE_COPILOT_ENTITY: Operation[CopilotEntity | None] = Operation(
    "SaveCopilotEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/SaveCopilotEntity",
    params=(Param("copilot_entity", "CopilotEntity", COPILOT_ENTITY_CODEC, nillable=True),),
    results=(Param("response", "Response", COPILOT_ENTITY_CODEC, nillable=True),),
)

DELETE_COPILOT_ENTITY: Operation[None] = Operation(
    "DeleteCopilotEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/DeleteCopilotEntity",
    params=(Param("copilot_entity_id", "CopilotEntityId", INT),),
)

SUMMARIZE_TEXT: Operation[str | None] = Operation(
    "SummarizeText",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/SummarizeText",
    params=(
        Param("text", "Text", STR, nillable=True),
        Param("percent_smaller", "PercentSmaller", INT),
        Param("iso_lang_code", "IsoLangCode", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/AI/SummarizeText",
)

EXPAND_TEXT: Operation[str | None] = Operation(
    "ExpandText",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/ExpandText",
    params=(
        Param("text", "Text", STR, nillable=True),
        Param("percent_bigger", "PercentBigger", INT),
        Param("iso_lang_code", "IsoLangCode", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/AI/ExpandText",
)

REPHRASE_TEXT: Operation[str | None] = Operation(
    "RephraseText",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/RephraseText",
    params=(
        Param("text", "Text", STR, nillable=True),
        Param("style", "Style", AI_TEXT_STYLE_CODEC),
        Param("iso_lang_code", "IsoLangCode", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/AI/RephraseText",
)

CREATE_TEXT_FOR_APPOINTMENT: Operation[str | None] = Operation(
    "CreateTextForAppointment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/CreateTextForAppointment",
    params=(
        Param("appointment", "Appointment", APPOINTMENT_ENTITY_CODEC, nillable=True),
        Param("iso_lang_code", "IsoLangCode", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/AI/CreateTextForAppointment",
)

ANALYZE_BIZ_CARD_IMAGE: Operation[BizCard | None] = Operation(
    "AnalyzeBizCardImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/AnalyzeBizCardImage",
    params=(
        Param("image", "Image", BYTES, nillable=True),
        Param("merge_with_database", "MergeWithDatabase", BOOL),
    ),
    results=(Param("response", "Response", BIZ_CARD_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/AI/AnalyzeBizCardImage",
)

ANALYZE_BIZ_CARD_TEXT: Operation[BizCard | None] = Operation(
    "AnalyzeBizCardText",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/AnalyzeBizCardText",
    params=(
        Param("text", "Text", STR, nillable=True),
        Param("merge_with_database", "MergeWithDatabase", BOOL),
    ),
    results=(Param("response", "Response", BIZ_CARD_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/AI/AnalyzeBizCardText",
)

GET_TRAINING_STATUS: Operation[CategorizationStatusResponse | None] = Operation(
    "GetTrainingStatus",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/GetTrainingStatus",
    results=(Param("response", "Response", CATEGORIZATION_STATUS_RESPONSE_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/AI/GetTrainingStatus",
)

GUESS_CATEGORY: Operation[int | None] = Operation(
    "GuessCategory",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/GuessCategory",
    params=(Param("ticket_id", "TicketId", INT),),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/AI/GuessCategory",
)

TRAIN_CATEGORY_GUESSER: Operation[str | None] = Operation(
    "TrainCategoryGuesser",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/TrainCategoryGuesser",
    params=(
        Param("selection_id", "SelectionId", INT),
        Param("max_items", "MaxItems", INT),
        Param("max_text_length", "MaxTextLength", INT),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/AI/TrainCategoryGuesser",
)

GET_CHATBOT_RESPONSE: Operation[ChatbotTurn | None] = Operation(
    "GetChatbotResponse",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/GetChatbotResponse",
    params=(
        Param("chat_id", "ChatId", STR, nillable=True),
        Param("iso_lang_code", "IsoLangCode", STR, nillable=True),
        Param("user_prompt", "UserPrompt", STR, nillable=True),
        Param("display_value", "DisplayValue", STR, nillable=True),
        Param("previous_turns", "PreviousTurns", LIST_OF_CHATBOT_TURN_CODEC, nillable=True),
        Param("api_url", "ApiUrl", STR, nillable=True),
    ),
    results=(Param("response", "Response", CHATBOT_TURN_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/AI/GetChatbotResponse",
)

GET_CHATBOT_PROMPT_SUGGESTIONS: Operation[ChatbotTurn | None] = Operation(
    "GetChatbotPromptSuggestions",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/GetChatbotPromptSuggestions",
    params=(
        Param("iso_lang_code", "IsoLangCode", STR, nillable=True),
        Param("so_protocol", "SoProtocol", STR, nillable=True),
        Param("current_id", "CurrentId", INT),
    ),
    results=(Param("response", "Response", CHATBOT_TURN_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/AI/GetChatbotPromptSuggestions",
)

GET_CHATBOT_TURNS: Operation[list[ChatbotTurn | None] | None] = Operation(
    "GetChatbotTurns",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/GetChatbotTurns",
    params=(Param("chat_id", "ChatId", STR, nillable=True),),
    results=(Param("response", "Response", LIST_OF_CHATBOT_TURN_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/AI/GetChatbotTurns",
)

CLEAR_CHATBOT_TURNS: Operation[None] = Operation(
    "ClearChatbotTurns",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/ClearChatbotTurns",
    params=(Param("chat_id", "ChatId", STR, nillable=True),),
    rest_path="/api/v1/Agents/AI/ClearChatbotTurns",
)

GET_COPILOT_DATA_SOURCE_ENTITY: Operation[CopilotDataSourceEntity | None] = Operation(
    "GetCopilotDataSourceEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/GetCopilotDataSourceEntity",
    params=(Param("copilot_data_source_entity_id", "CopilotDataSourceEntityId", INT),),
    results=(Param("response", "Response", COPILOT_DATA_SOURCE_ENTITY_CODEC, nillable=True),),
)

GET_COPILOT_ENTITY: Operation[CopilotEntity | None] = Operation(
    "GetCopilotEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/GetCopilotEntity",
    params=(Param("copilot_entity_id", "CopilotEntityId", INT),),
    results=(Param("response", "Response", COPILOT_ENTITY_CODEC, nillable=True),),
)

GET_FORM_DESIGN_FROM_IMAGE: Operation[dict[str, str | None] | None] = Operation(
    "GetFormDesignFromImage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/GetFormDesignFromImage",
    params=(Param("image", "Image", BYTES, nillable=True),),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
)

GET_FORM_DESIGN_FROM_URL: Operation[dict[str, str | None] | None] = Operation(
    "GetFormDesignFromUrl",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/GetFormDesignFromUrl",
    params=(Param("url", "Url", STR, nillable=True),),
    results=(Param("response", "Response", STRING_DICTIONARY_CODEC, nillable=True),),
)

DETECT_LANGUAGE: Operation[str | None] = Operation(
    "DetectLanguage",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/DetectLanguage",
    params=(Param("text", "Text", STR, nillable=True),),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/AI/DetectLanguage",
)

DETECT_SENTIMENT: Operation[Sentiment | None] = Operation(
    "DetectSentiment",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/DetectSentiment",
    params=(Param("text", "Text", STR, nillable=True),),
    results=(Param("response", "Response", SENTIMENT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/AI/DetectSentiment",
)

TRANSLATE: Operation[str | None] = Operation(
    "Translate",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/Translate",
    params=(
        Param("text", "Text", STR, nillable=True),
        Param("target_language", "TargetLanguage", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/AI/Translate",
)

TRANSLATE_ENTITY: Operation[str | None] = Operation(
    "TranslateEntity",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/TranslateEntity",
    params=(
        Param("entity_name", "EntityName", STR, nillable=True),
        Param("entity_id", "EntityId", INT),
        Param("target_language", "TargetLanguage", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/AI/TranslateEntity",
)

ANSWER: Operation[RagAnswer | None] = Operation(
    "Answer",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/Answer",
    params=(
        Param("namespace_name", "NamespaceName", STR, nillable=True),
        Param("query", "Query", STR, nillable=True),
        Param("type", "Type", RAG_TYPE_CODEC),
        Param("top", "Top", INT),
    ),
    results=(Param("response", "Response", RAG_ANSWER_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/AI/Answer",
)

ANSWER_FEEDBACK: Operation[None] = Operation(
    "AnswerFeedback",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/AnswerFeedback",
    params=(
        Param("tracking_id", "TrackingId", STR, nillable=True),
        Param("is_thumbs_up", "IsThumbsUp", BOOL),
    ),
    rest_path="/api/v1/Agents/AI/AnswerFeedback",
)

ANSWER_ACCEPTED: Operation[None] = Operation(
    "AnswerAccepted",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/AnswerAccepted",
    params=(Param("tracking_id", "TrackingId", STR, nillable=True),),
    rest_path="/api/v1/Agents/AI/AnswerAccepted",
)

SEARCH: Operation[list[RagResult | None] | None] = Operation(
    "Search",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/Search",
    params=(
        Param("namespace_name", "NamespaceName", STR, nillable=True),
        Param("query", "Query", STR, nillable=True),
        Param("type", "Type", RAG_TYPE_CODEC),
        Param("top", "Top", INT),
    ),
    results=(Param("response", "Response", LIST_OF_RAG_RESULT_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/AI/Search",
)

START_RAG_INDEXING: Operation[int | None] = Operation(
    "StartRagIndexing",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/StartRagIndexing",
    params=(
        Param("namespace_name", "NamespaceName", STR, nillable=True),
        Param("source_id", "SourceId", STR, nillable=True),
    ),
    results=(Param("response", "Response", INT),),
    rest_path="/api/v1/Agents/AI/StartRagIndexing",
)

SUMMARIZE_TICKET: Operation[str | None] = Operation(
    "SummarizeTicket",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/SummarizeTicket",
    params=(
        Param("ticket_id", "TicketId", INT),
        Param("num_sentences", "NumSentences", INT),
        Param("iso_lang_code", "IsoLangCode", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/AI/SummarizeTicket",
)

GET_SUMMARIZE_TICKET_PROMPT: Operation[ChatbotTurn | None] = Operation(
    "GetSummarizeTicketPrompt",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/GetSummarizeTicketPrompt",
    params=(
        Param("ticket_id", "TicketId", INT),
        Param("num_sentences", "NumSentences", INT),
        Param("summary", "Summary", STR, nillable=True),
        Param("iso_lang_code", "IsoLangCode", STR, nillable=True),
    ),
    results=(Param("response", "Response", CHATBOT_TURN_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/AI/GetSummarizeTicketPrompt",
)

SUMMARIZE_CONTACT: Operation[str | None] = Operation(
    "SummarizeContact",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/SummarizeContact",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("num_sentences", "NumSentences", INT),
        Param("iso_lang_code", "IsoLangCode", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/AI/SummarizeContact",
)

GET_SUMMARIZE_CONTACT_PROMPT: Operation[ChatbotTurn | None] = Operation(
    "GetSummarizeContactPrompt",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/GetSummarizeContactPrompt",
    params=(
        Param("contact_id", "ContactId", INT),
        Param("num_sentences", "NumSentences", INT),
        Param("summary", "Summary", STR, nillable=True),
        Param("iso_lang_code", "IsoLangCode", STR, nillable=True),
    ),
    results=(Param("response", "Response", CHATBOT_TURN_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/AI/GetSummarizeContactPrompt",
)

SUMMARIZE_SALE: Operation[str | None] = Operation(
    "SummarizeSale",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/SummarizeSale",
    params=(
        Param("sale_id", "SaleId", INT),
        Param("num_sentences", "NumSentences", INT),
        Param("iso_lang_code", "IsoLangCode", STR, nillable=True),
    ),
    results=(Param("response", "Response", STR, nillable=True),),
    rest_path="/api/v1/Agents/AI/SummarizeSale",
)

GET_SUMMARIZE_SALE_PROMPT: Operation[ChatbotTurn | None] = Operation(
    "GetSummarizeSalePrompt",
    NAMESPACE,
    "http://www.superoffice.net/ws/crm/NetServer/Services88/AI/GetSummarizeSalePrompt",
    params=(
        Param("sale_id", "SaleId", INT),
        Param("num_sentences", "NumSentences", INT),
        Param("summary", "Summary", STR, nillable=True),
        Param("iso_lang_code", "IsoLangCode", STR, nillable=True),
    ),
    results=(Param("response", "Response", CHATBOT_TURN_CODEC, nillable=True),),
    rest_path="/api/v1/Agents/AI/GetSummarizeSalePrompt",
)

OPERATIONS: dict[str, Operation[Any]] = {
    "CreateDefaultCopilotDataSourceEntity": CREATE_DEFAULT_COPILOT_DATA_SOURCE_ENTITY,
    "SaveCopilotDataSourceEntity": SAVE_COPILOT_DATA_SOURCE_ENTITY,
    "DeleteCopilotDataSourceEntity": DELETE_COPILOT_DATA_SOURCE_ENTITY,
    "CreateDefaultCopilotEntity": CREATE_DEFAULT_COPILOT_ENTITY,
    "SaveCopilotEntity": SAVE_COPILOT_ENTITY,
    "DeleteCopilotEntity": DELETE_COPILOT_ENTITY,
    "SummarizeText": SUMMARIZE_TEXT,
    "ExpandText": EXPAND_TEXT,
    "RephraseText": REPHRASE_TEXT,
    "CreateTextForAppointment": CREATE_TEXT_FOR_APPOINTMENT,
    "AnalyzeBizCardImage": ANALYZE_BIZ_CARD_IMAGE,
    "AnalyzeBizCardText": ANALYZE_BIZ_CARD_TEXT,
    "GetTrainingStatus": GET_TRAINING_STATUS,
    "GuessCategory": GUESS_CATEGORY,
    "TrainCategoryGuesser": TRAIN_CATEGORY_GUESSER,
    "GetChatbotResponse": GET_CHATBOT_RESPONSE,
    "GetChatbotPromptSuggestions": GET_CHATBOT_PROMPT_SUGGESTIONS,
    "GetChatbotTurns": GET_CHATBOT_TURNS,
    "ClearChatbotTurns": CLEAR_CHATBOT_TURNS,
    "GetCopilotDataSourceEntity": GET_COPILOT_DATA_SOURCE_ENTITY,
    "GetCopilotEntity": GET_COPILOT_ENTITY,
    "GetFormDesignFromImage": GET_FORM_DESIGN_FROM_IMAGE,
    "GetFormDesignFromUrl": GET_FORM_DESIGN_FROM_URL,
    "DetectLanguage": DETECT_LANGUAGE,
    "DetectSentiment": DETECT_SENTIMENT,
    "Translate": TRANSLATE,
    "TranslateEntity": TRANSLATE_ENTITY,
    "Answer": ANSWER,
    "AnswerFeedback": ANSWER_FEEDBACK,
    "AnswerAccepted": ANSWER_ACCEPTED,
    "Search": SEARCH,
    "StartRagIndexing": START_RAG_INDEXING,
    "SummarizeTicket": SUMMARIZE_TICKET,
    "GetSummarizeTicketPrompt": GET_SUMMARIZE_TICKET_PROMPT,
    "SummarizeContact": SUMMARIZE_CONTACT,
    "GetSummarizeContactPrompt": GET_SUMMARIZE_CONTACT_PROMPT,
    "SummarizeSale": SUMMARIZE_SALE,
    "GetSummarizeSalePrompt": GET_SUMMARIZE_SALE_PROMPT,
}


class AIMethods(SyncCalls):
    """The AI operations, called synchronously (SOAP or REST)."""

    def create_default_copilot_data_source_entity(self) -> CopilotDataSourceEntity | None:
        """Call ``CreateDefaultCopilotDataSourceEntity``.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_COPILOT_DATA_SOURCE_ENTITY, ())

    def save_copilot_data_source_entity(
        self, *, copilot_data_source_entity: CopilotDataSourceEntity | None | Unset = UNSET
    ) -> CopilotDataSourceEntity | None:
        """Call ``SaveCopilotDataSourceEntity``.

        Returns:
            The result.
        """
        return self._call(SAVE_COPILOT_DATA_SOURCE_ENTITY, (copilot_data_source_entity,))

    def delete_copilot_data_source_entity(
        self, *, copilot_data_source_entity_id: int | Unset = UNSET
    ) -> None:
        """Call ``DeleteCopilotDataSourceEntity``."""
        return self._call(DELETE_COPILOT_DATA_SOURCE_ENTITY, (copilot_data_source_entity_id,))

    def create_default_copilot_entity(self) -> CopilotEntity | None:
        """Call ``CreateDefaultCopilotEntity``.

        Returns:
            The result.
        """
        return self._call(CREATE_DEFAULT_COPILOT_ENTITY, ())

    def save_copilot_entity(
        self, *, copilot_entity: CopilotEntity | None | Unset = UNSET
    ) -> CopilotEntity | None:
        """Call ``SaveCopilotEntity``.

        Returns:
            The result.
        """
        return self._call(SAVE_COPILOT_ENTITY, (copilot_entity,))

    def delete_copilot_entity(self, *, copilot_entity_id: int | Unset = UNSET) -> None:
        """Call ``DeleteCopilotEntity``."""
        return self._call(DELETE_COPILOT_ENTITY, (copilot_entity_id,))

    def summarize_text(
        self,
        *,
        text: str | None | Unset = UNSET,
        percent_smaller: int | Unset = UNSET,
        iso_lang_code: str | None | Unset = UNSET,
    ) -> str | None:
        """Generate a short summary of a text

        Returns:
            The result.
        """
        return self._call(SUMMARIZE_TEXT, (text, percent_smaller, iso_lang_code))

    def expand_text(
        self,
        *,
        text: str | None | Unset = UNSET,
        percent_bigger: int | Unset = UNSET,
        iso_lang_code: str | None | Unset = UNSET,
    ) -> str | None:
        """Generate a longer version of a text

        Returns:
            The result.
        """
        return self._call(EXPAND_TEXT, (text, percent_bigger, iso_lang_code))

    def rephrase_text(
        self,
        *,
        text: str | None | Unset = UNSET,
        style: AiTextStyle | str | Unset = UNSET,
        iso_lang_code: str | None | Unset = UNSET,
    ) -> str | None:
        """Generate a new version of a text

        Returns:
            The result.
        """
        return self._call(REPHRASE_TEXT, (text, style, iso_lang_code))

    def create_text_for_appointment(
        self,
        *,
        appointment: AppointmentEntity | None | Unset = UNSET,
        iso_lang_code: str | None | Unset = UNSET,
    ) -> str | None:
        """Generate agenda text for an appointment based on appointment's company category,
        title, person, etc.

        Returns:
            The result.
        """
        return self._call(CREATE_TEXT_FOR_APPOINTMENT, (appointment, iso_lang_code))

    def analyze_biz_card_image(
        self, *, image: bytes | None | Unset = UNSET, merge_with_database: bool | Unset = UNSET
    ) -> BizCard | None:
        """Returns contact and person information from an image.

        Returns:
            The result.
        """
        return self._call(ANALYZE_BIZ_CARD_IMAGE, (image, merge_with_database))

    def analyze_biz_card_text(
        self, *, text: str | None | Unset = UNSET, merge_with_database: bool | Unset = UNSET
    ) -> BizCard | None:
        """Extract contact and person information from text.

        Returns:
            The result.
        """
        return self._call(ANALYZE_BIZ_CARD_TEXT, (text, merge_with_database))

    def get_training_status(self) -> CategorizationStatusResponse | None:
        """Calling the HugoAI endpoint to fetch the current training status.

        Returns:
            The result.
        """
        return self._call(GET_TRAINING_STATUS, ())

    def guess_category(self, *, ticket_id: int | Unset = UNSET) -> int | None:
        """Given a ticket's id, guess the ticket category it should be placed in.

        Returns:
            The result.
        """
        return self._call(GUESS_CATEGORY, (ticket_id,))

    def train_category_guesser(
        self,
        *,
        selection_id: int | Unset = UNSET,
        max_items: int | Unset = UNSET,
        max_text_length: int | Unset = UNSET,
    ) -> str | None:
        """The category guesser training API will be called with an array of
        CategorizationTrainingItem during the (background, Batch) execution of this call

        Returns:
            The result.
        """
        return self._call(TRAIN_CATEGORY_GUESSER, (selection_id, max_items, max_text_length))

    def get_chatbot_response(
        self,
        *,
        chat_id: str | None | Unset = UNSET,
        iso_lang_code: str | None | Unset = UNSET,
        user_prompt: str | None | Unset = UNSET,
        display_value: str | None | Unset = UNSET,
        previous_turns: list[ChatbotTurn | None] | None | Unset = UNSET,
        api_url: str | None | Unset = UNSET,
    ) -> ChatbotTurn | None:
        """Return a chatbot response given prompt and previous turns.

        Returns:
            The result.
        """
        return self._call(
            GET_CHATBOT_RESPONSE,
            (chat_id, iso_lang_code, user_prompt, display_value, previous_turns, api_url),
        )

    def get_chatbot_prompt_suggestions(
        self,
        *,
        iso_lang_code: str | None | Unset = UNSET,
        so_protocol: str | None | Unset = UNSET,
        current_id: int | Unset = UNSET,
    ) -> ChatbotTurn | None:
        """Return one or more suggested prompts as actions to display in an empty chat window

        Returns:
            The result.
        """
        return self._call(GET_CHATBOT_PROMPT_SUGGESTIONS, (iso_lang_code, so_protocol, current_id))

    def get_chatbot_turns(
        self, *, chat_id: str | None | Unset = UNSET
    ) -> list[ChatbotTurn | None] | None:
        """Returns stored history of chat messages for a given chat_id.

        Returns:
            The result.
        """
        return self._call(GET_CHATBOT_TURNS, (chat_id,))

    def clear_chatbot_turns(self, *, chat_id: str | None | Unset = UNSET) -> None:
        """Clears the stored history of chat messages for a given chat_id."""
        return self._call(CLEAR_CHATBOT_TURNS, (chat_id,))

    def get_copilot_data_source_entity(
        self, *, copilot_data_source_entity_id: int | Unset = UNSET
    ) -> CopilotDataSourceEntity | None:
        """Call ``GetCopilotDataSourceEntity``.

        Returns:
            The result.
        """
        return self._call(GET_COPILOT_DATA_SOURCE_ENTITY, (copilot_data_source_entity_id,))

    def get_copilot_entity(
        self, *, copilot_entity_id: int | Unset = UNSET
    ) -> CopilotEntity | None:
        """Call ``GetCopilotEntity``.

        Returns:
            The result.
        """
        return self._call(GET_COPILOT_ENTITY, (copilot_entity_id,))

    def get_form_design_from_image(
        self, *, image: bytes | None | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Call ``GetFormDesignFromImage``.

        Returns:
            The result.
        """
        return self._call(GET_FORM_DESIGN_FROM_IMAGE, (image,))

    def get_form_design_from_url(
        self, *, url: str | None | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Call ``GetFormDesignFromUrl``.

        Returns:
            The result.
        """
        return self._call(GET_FORM_DESIGN_FROM_URL, (url,))

    def detect_language(self, *, text: str | None | Unset = UNSET) -> str | None:
        """Given a (reasonably short) text, detect the language it is written in

        Returns:
            The result.
        """
        return self._call(DETECT_LANGUAGE, (text,))

    def detect_sentiment(self, *, text: str | None | Unset = UNSET) -> Sentiment | None:
        """Detect the sentiment of a (reasonably short) text.

        Returns:
            The result.
        """
        return self._call(DETECT_SENTIMENT, (text,))

    def translate(
        self, *, text: str | None | Unset = UNSET, target_language: str | None | Unset = UNSET
    ) -> str | None:
        """Translate a text from one language to another.

        Returns:
            The result.
        """
        return self._call(TRANSLATE, (text, target_language))

    def translate_entity(
        self,
        *,
        entity_name: str | None | Unset = UNSET,
        entity_id: int | Unset = UNSET,
        target_language: str | None | Unset = UNSET,
    ) -> str | None:
        """Retrieve, format and translate text for an entity to a specified language

        Returns:
            The result.
        """
        return self._call(TRANSLATE_ENTITY, (entity_name, entity_id, target_language))

    def answer(
        self,
        *,
        namespace_name: str | None | Unset = UNSET,
        query: str | None | Unset = UNSET,
        type: RagType | str | Unset = UNSET,
        top: int | Unset = UNSET,
    ) -> RagAnswer | None:
        """Returns an answer.

        Returns:
            The result.
        """
        return self._call(ANSWER, (namespace_name, query, type, top))

    def answer_feedback(
        self, *, tracking_id: str | None | Unset = UNSET, is_thumbs_up: bool | Unset = UNSET
    ) -> None:
        """Send feedback on answer - feedback is logged and used to improve the answer
        algorithm.
        """
        return self._call(ANSWER_FEEDBACK, (tracking_id, is_thumbs_up))

    def answer_accepted(self, *, tracking_id: str | None | Unset = UNSET) -> None:
        """Signal that answer was inserted into response- feedback is logged and used to
        improve the answer algorithm.
        """
        return self._call(ANSWER_ACCEPTED, (tracking_id,))

    def search(
        self,
        *,
        namespace_name: str | None | Unset = UNSET,
        query: str | None | Unset = UNSET,
        type: RagType | str | Unset = UNSET,
        top: int | Unset = UNSET,
    ) -> list[RagResult | None] | None:
        """Returns semantic search results from vector database.

        Returns:
            The result.
        """
        return self._call(SEARCH, (namespace_name, query, type, top))

    def start_rag_indexing(
        self, *, namespace_name: str | None | Unset = UNSET, source_id: str | None | Unset = UNSET
    ) -> int | None:
        """Kicks off a batch task to update the RAG index

        Returns:
            The result.
        """
        return self._call(START_RAG_INDEXING, (namespace_name, source_id))

    def summarize_ticket(
        self,
        *,
        ticket_id: int | Unset = UNSET,
        num_sentences: int | Unset = UNSET,
        iso_lang_code: str | None | Unset = UNSET,
    ) -> str | None:
        """Generate a short summary of the messages on a ticket

        Returns:
            The result.
        """
        return self._call(SUMMARIZE_TICKET, (ticket_id, num_sentences, iso_lang_code))

    def get_summarize_ticket_prompt(
        self,
        *,
        ticket_id: int | Unset = UNSET,
        num_sentences: int | Unset = UNSET,
        summary: str | None | Unset = UNSET,
        iso_lang_code: str | None | Unset = UNSET,
    ) -> ChatbotTurn | None:
        """Return the prompt used to get a short summary of the messages on a ticket.

        Returns:
            The result.
        """
        return self._call(
            GET_SUMMARIZE_TICKET_PROMPT, (ticket_id, num_sentences, summary, iso_lang_code)
        )

    def summarize_contact(
        self,
        *,
        contact_id: int | Unset = UNSET,
        num_sentences: int | Unset = UNSET,
        iso_lang_code: str | None | Unset = UNSET,
    ) -> str | None:
        """Generate a short summary of the activities on a contact

        Returns:
            The result.
        """
        return self._call(SUMMARIZE_CONTACT, (contact_id, num_sentences, iso_lang_code))

    def get_summarize_contact_prompt(
        self,
        *,
        contact_id: int | Unset = UNSET,
        num_sentences: int | Unset = UNSET,
        summary: str | None | Unset = UNSET,
        iso_lang_code: str | None | Unset = UNSET,
    ) -> ChatbotTurn | None:
        """Return the prompt used to get a short summary of the activities on a contact.

        Returns:
            The result.
        """
        return self._call(
            GET_SUMMARIZE_CONTACT_PROMPT, (contact_id, num_sentences, summary, iso_lang_code)
        )

    def summarize_sale(
        self,
        *,
        sale_id: int | Unset = UNSET,
        num_sentences: int | Unset = UNSET,
        iso_lang_code: str | None | Unset = UNSET,
    ) -> str | None:
        """Generate a short summary of the activities on a sale

        Returns:
            The result.
        """
        return self._call(SUMMARIZE_SALE, (sale_id, num_sentences, iso_lang_code))

    def get_summarize_sale_prompt(
        self,
        *,
        sale_id: int | Unset = UNSET,
        num_sentences: int | Unset = UNSET,
        summary: str | None | Unset = UNSET,
        iso_lang_code: str | None | Unset = UNSET,
    ) -> ChatbotTurn | None:
        """Return the prompt used to get a short summary of the activities on a sale.

        Returns:
            The result.
        """
        return self._call(
            GET_SUMMARIZE_SALE_PROMPT, (sale_id, num_sentences, summary, iso_lang_code)
        )


class AsyncAIMethods(AsyncCalls):
    """The AI operations, called asynchronously (SOAP or REST)."""

    async def create_default_copilot_data_source_entity(self) -> CopilotDataSourceEntity | None:
        """Call ``CreateDefaultCopilotDataSourceEntity``.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_COPILOT_DATA_SOURCE_ENTITY, ())

    async def save_copilot_data_source_entity(
        self, *, copilot_data_source_entity: CopilotDataSourceEntity | None | Unset = UNSET
    ) -> CopilotDataSourceEntity | None:
        """Call ``SaveCopilotDataSourceEntity``.

        Returns:
            The result.
        """
        return await self._call(SAVE_COPILOT_DATA_SOURCE_ENTITY, (copilot_data_source_entity,))

    async def delete_copilot_data_source_entity(
        self, *, copilot_data_source_entity_id: int | Unset = UNSET
    ) -> None:
        """Call ``DeleteCopilotDataSourceEntity``."""
        return await self._call(
            DELETE_COPILOT_DATA_SOURCE_ENTITY, (copilot_data_source_entity_id,)
        )

    async def create_default_copilot_entity(self) -> CopilotEntity | None:
        """Call ``CreateDefaultCopilotEntity``.

        Returns:
            The result.
        """
        return await self._call(CREATE_DEFAULT_COPILOT_ENTITY, ())

    async def save_copilot_entity(
        self, *, copilot_entity: CopilotEntity | None | Unset = UNSET
    ) -> CopilotEntity | None:
        """Call ``SaveCopilotEntity``.

        Returns:
            The result.
        """
        return await self._call(SAVE_COPILOT_ENTITY, (copilot_entity,))

    async def delete_copilot_entity(self, *, copilot_entity_id: int | Unset = UNSET) -> None:
        """Call ``DeleteCopilotEntity``."""
        return await self._call(DELETE_COPILOT_ENTITY, (copilot_entity_id,))

    async def summarize_text(
        self,
        *,
        text: str | None | Unset = UNSET,
        percent_smaller: int | Unset = UNSET,
        iso_lang_code: str | None | Unset = UNSET,
    ) -> str | None:
        """Generate a short summary of a text

        Returns:
            The result.
        """
        return await self._call(SUMMARIZE_TEXT, (text, percent_smaller, iso_lang_code))

    async def expand_text(
        self,
        *,
        text: str | None | Unset = UNSET,
        percent_bigger: int | Unset = UNSET,
        iso_lang_code: str | None | Unset = UNSET,
    ) -> str | None:
        """Generate a longer version of a text

        Returns:
            The result.
        """
        return await self._call(EXPAND_TEXT, (text, percent_bigger, iso_lang_code))

    async def rephrase_text(
        self,
        *,
        text: str | None | Unset = UNSET,
        style: AiTextStyle | str | Unset = UNSET,
        iso_lang_code: str | None | Unset = UNSET,
    ) -> str | None:
        """Generate a new version of a text

        Returns:
            The result.
        """
        return await self._call(REPHRASE_TEXT, (text, style, iso_lang_code))

    async def create_text_for_appointment(
        self,
        *,
        appointment: AppointmentEntity | None | Unset = UNSET,
        iso_lang_code: str | None | Unset = UNSET,
    ) -> str | None:
        """Generate agenda text for an appointment based on appointment's company category,
        title, person, etc.

        Returns:
            The result.
        """
        return await self._call(CREATE_TEXT_FOR_APPOINTMENT, (appointment, iso_lang_code))

    async def analyze_biz_card_image(
        self, *, image: bytes | None | Unset = UNSET, merge_with_database: bool | Unset = UNSET
    ) -> BizCard | None:
        """Returns contact and person information from an image.

        Returns:
            The result.
        """
        return await self._call(ANALYZE_BIZ_CARD_IMAGE, (image, merge_with_database))

    async def analyze_biz_card_text(
        self, *, text: str | None | Unset = UNSET, merge_with_database: bool | Unset = UNSET
    ) -> BizCard | None:
        """Extract contact and person information from text.

        Returns:
            The result.
        """
        return await self._call(ANALYZE_BIZ_CARD_TEXT, (text, merge_with_database))

    async def get_training_status(self) -> CategorizationStatusResponse | None:
        """Calling the HugoAI endpoint to fetch the current training status.

        Returns:
            The result.
        """
        return await self._call(GET_TRAINING_STATUS, ())

    async def guess_category(self, *, ticket_id: int | Unset = UNSET) -> int | None:
        """Given a ticket's id, guess the ticket category it should be placed in.

        Returns:
            The result.
        """
        return await self._call(GUESS_CATEGORY, (ticket_id,))

    async def train_category_guesser(
        self,
        *,
        selection_id: int | Unset = UNSET,
        max_items: int | Unset = UNSET,
        max_text_length: int | Unset = UNSET,
    ) -> str | None:
        """The category guesser training API will be called with an array of
        CategorizationTrainingItem during the (background, Batch) execution of this call

        Returns:
            The result.
        """
        return await self._call(TRAIN_CATEGORY_GUESSER, (selection_id, max_items, max_text_length))

    async def get_chatbot_response(
        self,
        *,
        chat_id: str | None | Unset = UNSET,
        iso_lang_code: str | None | Unset = UNSET,
        user_prompt: str | None | Unset = UNSET,
        display_value: str | None | Unset = UNSET,
        previous_turns: list[ChatbotTurn | None] | None | Unset = UNSET,
        api_url: str | None | Unset = UNSET,
    ) -> ChatbotTurn | None:
        """Return a chatbot response given prompt and previous turns.

        Returns:
            The result.
        """
        return await self._call(
            GET_CHATBOT_RESPONSE,
            (chat_id, iso_lang_code, user_prompt, display_value, previous_turns, api_url),
        )

    async def get_chatbot_prompt_suggestions(
        self,
        *,
        iso_lang_code: str | None | Unset = UNSET,
        so_protocol: str | None | Unset = UNSET,
        current_id: int | Unset = UNSET,
    ) -> ChatbotTurn | None:
        """Return one or more suggested prompts as actions to display in an empty chat window

        Returns:
            The result.
        """
        return await self._call(
            GET_CHATBOT_PROMPT_SUGGESTIONS, (iso_lang_code, so_protocol, current_id)
        )

    async def get_chatbot_turns(
        self, *, chat_id: str | None | Unset = UNSET
    ) -> list[ChatbotTurn | None] | None:
        """Returns stored history of chat messages for a given chat_id.

        Returns:
            The result.
        """
        return await self._call(GET_CHATBOT_TURNS, (chat_id,))

    async def clear_chatbot_turns(self, *, chat_id: str | None | Unset = UNSET) -> None:
        """Clears the stored history of chat messages for a given chat_id."""
        return await self._call(CLEAR_CHATBOT_TURNS, (chat_id,))

    async def get_copilot_data_source_entity(
        self, *, copilot_data_source_entity_id: int | Unset = UNSET
    ) -> CopilotDataSourceEntity | None:
        """Call ``GetCopilotDataSourceEntity``.

        Returns:
            The result.
        """
        return await self._call(GET_COPILOT_DATA_SOURCE_ENTITY, (copilot_data_source_entity_id,))

    async def get_copilot_entity(
        self, *, copilot_entity_id: int | Unset = UNSET
    ) -> CopilotEntity | None:
        """Call ``GetCopilotEntity``.

        Returns:
            The result.
        """
        return await self._call(GET_COPILOT_ENTITY, (copilot_entity_id,))

    async def get_form_design_from_image(
        self, *, image: bytes | None | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Call ``GetFormDesignFromImage``.

        Returns:
            The result.
        """
        return await self._call(GET_FORM_DESIGN_FROM_IMAGE, (image,))

    async def get_form_design_from_url(
        self, *, url: str | None | Unset = UNSET
    ) -> dict[str, str | None] | None:
        """Call ``GetFormDesignFromUrl``.

        Returns:
            The result.
        """
        return await self._call(GET_FORM_DESIGN_FROM_URL, (url,))

    async def detect_language(self, *, text: str | None | Unset = UNSET) -> str | None:
        """Given a (reasonably short) text, detect the language it is written in

        Returns:
            The result.
        """
        return await self._call(DETECT_LANGUAGE, (text,))

    async def detect_sentiment(self, *, text: str | None | Unset = UNSET) -> Sentiment | None:
        """Detect the sentiment of a (reasonably short) text.

        Returns:
            The result.
        """
        return await self._call(DETECT_SENTIMENT, (text,))

    async def translate(
        self, *, text: str | None | Unset = UNSET, target_language: str | None | Unset = UNSET
    ) -> str | None:
        """Translate a text from one language to another.

        Returns:
            The result.
        """
        return await self._call(TRANSLATE, (text, target_language))

    async def translate_entity(
        self,
        *,
        entity_name: str | None | Unset = UNSET,
        entity_id: int | Unset = UNSET,
        target_language: str | None | Unset = UNSET,
    ) -> str | None:
        """Retrieve, format and translate text for an entity to a specified language

        Returns:
            The result.
        """
        return await self._call(TRANSLATE_ENTITY, (entity_name, entity_id, target_language))

    async def answer(
        self,
        *,
        namespace_name: str | None | Unset = UNSET,
        query: str | None | Unset = UNSET,
        type: RagType | str | Unset = UNSET,
        top: int | Unset = UNSET,
    ) -> RagAnswer | None:
        """Returns an answer.

        Returns:
            The result.
        """
        return await self._call(ANSWER, (namespace_name, query, type, top))

    async def answer_feedback(
        self, *, tracking_id: str | None | Unset = UNSET, is_thumbs_up: bool | Unset = UNSET
    ) -> None:
        """Send feedback on answer - feedback is logged and used to improve the answer
        algorithm.
        """
        return await self._call(ANSWER_FEEDBACK, (tracking_id, is_thumbs_up))

    async def answer_accepted(self, *, tracking_id: str | None | Unset = UNSET) -> None:
        """Signal that answer was inserted into response- feedback is logged and used to
        improve the answer algorithm.
        """
        return await self._call(ANSWER_ACCEPTED, (tracking_id,))

    async def search(
        self,
        *,
        namespace_name: str | None | Unset = UNSET,
        query: str | None | Unset = UNSET,
        type: RagType | str | Unset = UNSET,
        top: int | Unset = UNSET,
    ) -> list[RagResult | None] | None:
        """Returns semantic search results from vector database.

        Returns:
            The result.
        """
        return await self._call(SEARCH, (namespace_name, query, type, top))

    async def start_rag_indexing(
        self, *, namespace_name: str | None | Unset = UNSET, source_id: str | None | Unset = UNSET
    ) -> int | None:
        """Kicks off a batch task to update the RAG index

        Returns:
            The result.
        """
        return await self._call(START_RAG_INDEXING, (namespace_name, source_id))

    async def summarize_ticket(
        self,
        *,
        ticket_id: int | Unset = UNSET,
        num_sentences: int | Unset = UNSET,
        iso_lang_code: str | None | Unset = UNSET,
    ) -> str | None:
        """Generate a short summary of the messages on a ticket

        Returns:
            The result.
        """
        return await self._call(SUMMARIZE_TICKET, (ticket_id, num_sentences, iso_lang_code))

    async def get_summarize_ticket_prompt(
        self,
        *,
        ticket_id: int | Unset = UNSET,
        num_sentences: int | Unset = UNSET,
        summary: str | None | Unset = UNSET,
        iso_lang_code: str | None | Unset = UNSET,
    ) -> ChatbotTurn | None:
        """Return the prompt used to get a short summary of the messages on a ticket.

        Returns:
            The result.
        """
        return await self._call(
            GET_SUMMARIZE_TICKET_PROMPT, (ticket_id, num_sentences, summary, iso_lang_code)
        )

    async def summarize_contact(
        self,
        *,
        contact_id: int | Unset = UNSET,
        num_sentences: int | Unset = UNSET,
        iso_lang_code: str | None | Unset = UNSET,
    ) -> str | None:
        """Generate a short summary of the activities on a contact

        Returns:
            The result.
        """
        return await self._call(SUMMARIZE_CONTACT, (contact_id, num_sentences, iso_lang_code))

    async def get_summarize_contact_prompt(
        self,
        *,
        contact_id: int | Unset = UNSET,
        num_sentences: int | Unset = UNSET,
        summary: str | None | Unset = UNSET,
        iso_lang_code: str | None | Unset = UNSET,
    ) -> ChatbotTurn | None:
        """Return the prompt used to get a short summary of the activities on a contact.

        Returns:
            The result.
        """
        return await self._call(
            GET_SUMMARIZE_CONTACT_PROMPT, (contact_id, num_sentences, summary, iso_lang_code)
        )

    async def summarize_sale(
        self,
        *,
        sale_id: int | Unset = UNSET,
        num_sentences: int | Unset = UNSET,
        iso_lang_code: str | None | Unset = UNSET,
    ) -> str | None:
        """Generate a short summary of the activities on a sale

        Returns:
            The result.
        """
        return await self._call(SUMMARIZE_SALE, (sale_id, num_sentences, iso_lang_code))

    async def get_summarize_sale_prompt(
        self,
        *,
        sale_id: int | Unset = UNSET,
        num_sentences: int | Unset = UNSET,
        summary: str | None | Unset = UNSET,
        iso_lang_code: str | None | Unset = UNSET,
    ) -> ChatbotTurn | None:
        """Return the prompt used to get a short summary of the activities on a sale.

        Returns:
            The result.
        """
        return await self._call(
            GET_SUMMARIZE_SALE_PROMPT, (sale_id, num_sentences, summary, iso_lang_code)
        )


class AIAgent(AIMethods, SoapCaller):
    """AI over SOAP 1.1 (``Remote/Services88/AI.svc``), synchronous."""

    _PATH = "Remote/Services88/AI.svc"
    _HEADERS = HEADERS


class AsyncAIAgent(AsyncAIMethods, AsyncSoapCaller):
    """AI over SOAP 1.1 (``Remote/Services88/AI.svc``), asynchronous."""

    _PATH = "Remote/Services88/AI.svc"
    _HEADERS = HEADERS


class AIRestAgent(AIMethods, RestCaller):
    """AI over REST (``/api/v1/Agents/AI/...``), synchronous."""


class AsyncAIRestAgent(AsyncAIMethods, AsyncRestCaller):
    """AI over REST (``/api/v1/Agents/AI/...``), asynchronous."""
