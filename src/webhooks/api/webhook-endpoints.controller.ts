import { Body, Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SectionAccess, StaffOnly } from '../../accounts/access.decorators';
import { CurrentPrincipal, type Principal } from '../../accounts/principal';
import { Audited } from '../../audit/audited.decorator';
import { IdParam } from '../../common/id-param';
import { ApiAnswer, ApiNoContent, ApiRefusals } from '../../platform/openapi/api-answers';
import { WebhookDeliveryLogDto, WebhookEndpointDto } from './webhook-answers.dto';
import { ManageWebhookEndpoints } from '../use-cases/manage-webhook-endpoints';
import { webhookManagerOf } from '../use-cases/webhook-owner';
import { RegisterWebhookEndpointDto } from './register-webhook-endpoint.dto';

/** Signed outbound webhooks: a section's endpoints for its coordinators (and admins), the network's for admins. */
@ApiTags('webhooks')
@Controller()
export class WebhookEndpointsController {
  constructor(private readonly endpoints: ManageWebhookEndpoints) {}

  @Post('sections/:sectionId/webhooks')
  @Audited('WebhookEndpoint')
  @SectionAccess('sectionId')
  @ApiAnswer(WebhookEndpointDto, { status: 201, description: 'Registered' })
  @ApiRefusals(400, 404)
  registerForSection(
    @IdParam('sectionId') sectionId: string,
    @Body() input: RegisterWebhookEndpointDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<WebhookEndpointDto> {
    return this.endpoints.register(webhookManagerOf(principal), sectionId, input);
  }

  @Get('sections/:sectionId/webhooks')
  @SectionAccess('sectionId')
  @ApiAnswer([WebhookEndpointDto], { description: 'The section’s endpoints' })
  @ApiRefusals(400)
  listForSection(@IdParam('sectionId') sectionId: string, @CurrentPrincipal() principal: Principal): Promise<WebhookEndpointDto[]> {
    webhookManagerOf(principal);
    return this.endpoints.list(sectionId);
  }

  @Delete('sections/:sectionId/webhooks/:id')
  @Audited('WebhookEndpoint')
  @HttpCode(204)
  @SectionAccess('sectionId')
  @ApiNoContent('Removed, with its delivery log')
  @ApiRefusals(400, 404)
  async removeForSection(@IdParam('sectionId') sectionId: string, @IdParam() id: string, @CurrentPrincipal() principal: Principal) {
    webhookManagerOf(principal);
    await this.endpoints.remove(sectionId, id);
  }

  /** The endpoint's delivery log: its latest 200 deliveries, newest first. */
  @Get('sections/:sectionId/webhooks/:id/deliveries')
  @SectionAccess('sectionId')
  @ApiAnswer([WebhookDeliveryLogDto], { description: 'The latest 200 deliveries, newest first' })
  @ApiRefusals(400, 404)
  sectionDeliveries(
    @IdParam('sectionId') sectionId: string,
    @IdParam() id: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<WebhookDeliveryLogDto[]> {
    webhookManagerOf(principal);
    return this.endpoints.deliveries(sectionId, id);
  }

  /** The network's endpoint: every action event, and every section's appeals as totals, with no personal data. */
  @Post('webhooks')
  @Audited('WebhookEndpoint')
  @StaffOnly('admin')
  @ApiAnswer(WebhookEndpointDto, { status: 201, description: 'Registered' })
  @ApiRefusals(400)
  registerForNetwork(@Body() input: RegisterWebhookEndpointDto, @CurrentPrincipal() principal: Principal): Promise<WebhookEndpointDto> {
    return this.endpoints.register(webhookManagerOf(principal), null, input);
  }

  @Get('webhooks')
  @StaffOnly('admin')
  @ApiAnswer([WebhookEndpointDto], { description: 'Every endpoint, the sections’ and the network’s' })
  listAll(): Promise<WebhookEndpointDto[]> {
    return this.endpoints.list(null);
  }

  @Delete('webhooks/:id')
  @Audited('WebhookEndpoint')
  @HttpCode(204)
  @StaffOnly('admin')
  @ApiNoContent('Removed, with its delivery log')
  @ApiRefusals(400, 404)
  async remove(@IdParam() id: string) {
    await this.endpoints.remove(null, id);
  }

  @Get('webhooks/:id/deliveries')
  @StaffOnly('admin')
  @ApiAnswer([WebhookDeliveryLogDto], { description: 'The latest 200 deliveries, newest first' })
  @ApiRefusals(400, 404)
  deliveries(@IdParam() id: string) {
    return this.endpoints.deliveries(null, id);
  }
}
