import type { SecretRule } from '../rule.ts'
import { defineRule, keyedRule } from '../define-rule.ts'
import { anthropicMarker, openAiMarker } from '../structure-checks.ts'

/** AI providers: OpenAI, Anthropic, Hugging Face, Cohere, Perplexity, Groq, xAI, Replicate, Mistral, DeepSeek. */
export const aiRules: readonly SecretRule[] = [
  defineRule(
    'openai-api-key',
    'OpenAI API key',
    ['t3blbkfj'],
    '\\b(sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,200}T3BlbkFJ[A-Za-z0-9_-]{20,200})(?![\\w-])',
    { validate: openAiMarker, entropy: 3.5 },
  ),
  defineRule('anthropic-api-key', 'Anthropic API key', ['sk-ant-api03-'], '\\b(sk-ant-api03-[\\w-]{95})(?![\\w-])', {
    validate: anthropicMarker,
    entropy: 3.5,
  }),
  defineRule(
    'anthropic-admin-api-key',
    'Anthropic admin API key',
    ['sk-ant-admin01-'],
    '\\b(sk-ant-admin01-[\\w-]{95})(?![\\w-])',
    { validate: anthropicMarker, entropy: 3.5 },
  ),
  defineRule('huggingface-access-token', 'Hugging Face access token', ['hf_'], '\\b(hf_[a-zA-Z]{34})\\b', {
    entropy: 3.5,
  }),
  defineRule(
    'huggingface-organization-token',
    'Hugging Face organisation API token',
    ['api_org_'],
    '\\b(api_org_[a-zA-Z]{34})\\b',
    { entropy: 3.5 },
  ),
  keyedRule('cohere-api-token', 'Cohere API key', ['cohere', 'co_api_key'], 'cohere|co_api_key', '[a-zA-Z0-9]{40}', {
    entropy: 4,
  }),
  defineRule('perplexity-api-key', 'Perplexity API key', ['pplx-'], '\\b(pplx-[a-zA-Z0-9]{48})\\b', { entropy: 4 }),
  defineRule('groq-api-key', 'Groq API key', ['gsk_'], '\\b(gsk_[a-zA-Z0-9]{52})\\b', { entropy: 4 }),
  defineRule('xai-api-key', 'xAI API key', ['xai-'], '\\b(xai-[a-zA-Z0-9]{80})\\b', { entropy: 4 }),
  defineRule('replicate-api-token', 'Replicate API token', ['r8_'], '\\b(r8_[a-zA-Z0-9]{37})\\b', { entropy: 4 }),
  keyedRule('mistral-api-key', 'Mistral AI API key', ['mistral'], 'mistral', '[a-zA-Z0-9]{32}', { entropy: 4 }),
  keyedRule('deepseek-api-key', 'DeepSeek API key', ['deepseek'], 'deepseek', 'sk-[a-f0-9]{32}'),
]
